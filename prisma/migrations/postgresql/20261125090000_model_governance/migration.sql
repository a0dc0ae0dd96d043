-- Model governance: threshold changes as proposals a lead approves, and promotions through the
-- gate with their evidence (so a rollback can reverse them).
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED');

CREATE TABLE "ThresholdProposal" (
    "id" SERIAL NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "fromThreshold" DOUBLE PRECISION NOT NULL,
    "toThreshold" DOUBLE PRECISION NOT NULL,
    "preset" TEXT,
    "reason" TEXT NOT NULL,
    "expected" JSONB NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "selfApproved" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ThresholdProposal_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Promotion" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "fromStage" "Stage" NOT NULL,
    "toStage" "Stage" NOT NULL,
    "replacedId" INTEGER,
    "reason" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedBy" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gate" JSONB NOT NULL,
    "rolledBackAt" TIMESTAMP(3),
    "rolledBackBy" TEXT,
    "rollbackReason" TEXT,

    CONSTRAINT "Promotion_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ThresholdProposal_modelVersionId_status_idx" ON "ThresholdProposal"("modelVersionId", "status");

CREATE INDEX "Promotion_modelId_at_idx" ON "Promotion"("modelId", "at");

ALTER TABLE "ThresholdProposal" ADD CONSTRAINT "ThresholdProposal_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_replacedId_fkey" FOREIGN KEY ("replacedId") REFERENCES "ModelVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
