-- Model governance: threshold changes as proposals a lead approves, and promotions through the
-- gate with their evidence (so a rollback can reverse them).
CREATE TABLE "ThresholdProposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersionId" INTEGER NOT NULL,
    "fromThreshold" REAL NOT NULL,
    "toThreshold" REAL NOT NULL,
    "preset" TEXT,
    "reason" TEXT NOT NULL,
    "expected" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "selfApproved" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ThresholdProposal_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE "Promotion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "fromStage" TEXT NOT NULL,
    "toStage" TEXT NOT NULL,
    "replacedId" INTEGER,
    "reason" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedBy" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gate" JSONB NOT NULL,
    "rolledBackAt" DATETIME,
    "rolledBackBy" TEXT,
    "rollbackReason" TEXT,
    CONSTRAINT "Promotion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Promotion_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Promotion_replacedId_fkey" FOREIGN KEY ("replacedId") REFERENCES "ModelVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE INDEX "ThresholdProposal_modelVersionId_status_idx" ON "ThresholdProposal"("modelVersionId", "status");

CREATE INDEX "Promotion_modelId_at_idx" ON "Promotion"("modelId", "at");
