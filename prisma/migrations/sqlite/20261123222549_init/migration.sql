-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Model" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "owner" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ModelVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelId" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'DEVELOPMENT',
    "threshold" REAL NOT NULL,
    "features" JSONB NOT NULL,
    "hyperparameters" JSONB,
    "metrics" JSONB,
    "trainingDataset" TEXT,
    "trainingDatasetVersionId" INTEGER,
    "codeCommit" TEXT,
    "artifactUri" TEXT,
    "baseline" JSONB,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModelVersion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ModelVersion_trainingDatasetVersionId_fkey" FOREIGN KEY ("trainingDatasetVersionId") REFERENCES "DatasetVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersionId" INTEGER NOT NULL,
    "fromStage" TEXT,
    "toStage" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "approvedBy" TEXT,
    "reason" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StageChange_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Prediction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersionId" INTEGER NOT NULL,
    "eventId" TEXT NOT NULL,
    "time" DATETIME NOT NULL,
    "score" REAL NOT NULL,
    "decision" BOOLEAN NOT NULL,
    "threshold" REAL NOT NULL,
    "features" JSONB NOT NULL,
    "explanation" JSONB,
    "host" TEXT,
    "userName" TEXT,
    "sourceIp" TEXT,
    "businessUnit" TEXT,
    "attackType" TEXT,
    "rawEvent" JSONB,
    "auditSample" BOOLEAN NOT NULL DEFAULT false,
    "inclusionProbability" REAL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "predictionId" INTEGER NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "time" DATETIME NOT NULL,
    "score" REAL NOT NULL,
    "severity" TEXT NOT NULL,
    "priority" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "host" TEXT,
    "userName" TEXT,
    "sourceIp" TEXT,
    "businessUnit" TEXT,
    "attackType" TEXT,
    "topReasons" JSONB NOT NULL,
    "assigneeId" TEXT,
    "slaDueAt" DATETIME NOT NULL,
    "acknowledgedAt" DATETIME,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Alert_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Alert_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Alert_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Label" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "predictionId" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "reasonCode" TEXT,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "labelledById" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersedesId" INTEGER,
    CONSTRAINT "Label_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Label_labelledById_fkey" FOREIGN KEY ("labelledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Label_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Label" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dataset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DatasetVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "filter" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "rows" INTEGER NOT NULL,
    "positives" INTEGER NOT NULL,
    "classBalance" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "parentId" INTEGER,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DatasetVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DatasetVersion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DatasetVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DatasetItem" (
    "datasetVersionId" INTEGER NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "label" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "labelId" INTEGER NOT NULL,

    PRIMARY KEY ("datasetVersionId", "predictionId"),
    CONSTRAINT "DatasetItem_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DatasetItem_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyRollup" (
    "modelVersionId" INTEGER NOT NULL,
    "day" DATETIME NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "alerts" INTEGER NOT NULL DEFAULT 0,
    "auditSamples" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" REAL NOT NULL DEFAULT 0,

    PRIMARY KEY ("modelVersionId", "day"),
    CONSTRAINT "DailyRollup_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyHistogram" (
    "modelVersionId" INTEGER NOT NULL,
    "day" DATETIME NOT NULL,
    "series" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("modelVersionId", "day", "series", "bucket"),
    CONSTRAINT "DailyHistogram_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyFeatureStat" (
    "modelVersionId" INTEGER NOT NULL,
    "day" DATETIME NOT NULL,
    "feature" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "sum" REAL NOT NULL DEFAULT 0,
    "sumSquares" REAL NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("modelVersionId", "day", "feature"),
    CONSTRAINT "DailyFeatureStat_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actorId" TEXT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "details" JSONB NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "Model_name_key" ON "Model"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ModelVersion_modelId_version_key" ON "ModelVersion"("modelId", "version");

-- CreateIndex
CREATE INDEX "Prediction_modelVersionId_time_idx" ON "Prediction"("modelVersionId", "time");

-- CreateIndex
CREATE INDEX "Prediction_host_time_idx" ON "Prediction"("host", "time");

-- CreateIndex
CREATE INDEX "Prediction_userName_time_idx" ON "Prediction"("userName", "time");

-- CreateIndex
CREATE INDEX "Prediction_auditSample_modelVersionId_idx" ON "Prediction"("auditSample", "modelVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Prediction_modelVersionId_eventId_key" ON "Prediction"("modelVersionId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_predictionId_key" ON "Alert"("predictionId");

-- CreateIndex
CREATE INDEX "Alert_status_time_id_idx" ON "Alert"("status", "time", "id");

-- CreateIndex
CREATE INDEX "Alert_severity_status_time_idx" ON "Alert"("severity", "status", "time");

-- CreateIndex
CREATE INDEX "Alert_priority_id_idx" ON "Alert"("priority", "id");

-- CreateIndex
CREATE INDEX "Alert_modelVersionId_time_idx" ON "Alert"("modelVersionId", "time");

-- CreateIndex
CREATE INDEX "Alert_assigneeId_status_idx" ON "Alert"("assigneeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Label_supersedesId_key" ON "Label"("supersedesId");

-- CreateIndex
CREATE INDEX "Label_predictionId_at_idx" ON "Label"("predictionId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_name_key" ON "Dataset"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DatasetVersion_datasetId_version_key" ON "DatasetVersion"("datasetId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_target_idx" ON "AuditEvent"("target");
