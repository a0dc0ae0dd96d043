-- Drift monitoring: per-version drift settings (with what the events were last evaluated on)
-- and drift events, one per version × kind × subject × the window that first crossed the
-- threshold. Not append-only: an event's status and last-seen window move as it is re-evaluated.
CREATE TABLE "MonitoringSetting" (
    "modelVersionId" INTEGER NOT NULL PRIMARY KEY,
    "settings" JSONB NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dataEvaluatedKey" TEXT,
    "conceptEvaluatedKey" TEXT
);

CREATE TABLE "DriftEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "modelVersionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "windowEnd" DATETIME NOT NULL,
    "lastSeenEnd" DATETIME NOT NULL,
    "onset" DATETIME,
    "severity" TEXT NOT NULL,
    "strategy" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT,
    "closedAt" DATETIME
);

CREATE INDEX "DriftEvent_status_modelVersionId_idx" ON "DriftEvent"("status", "modelVersionId");

CREATE UNIQUE INDEX "DriftEvent_modelVersionId_kind_subject_windowStart_key" ON "DriftEvent"("modelVersionId", "kind", "subject", "windowStart");
