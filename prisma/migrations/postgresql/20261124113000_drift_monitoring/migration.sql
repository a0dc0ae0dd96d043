-- Drift monitoring: per-version drift settings (with what the events were last evaluated on)
-- and drift events, one per version × kind × subject × the window that first crossed the
-- threshold. Not append-only: an event's status and last-seen window move as it is re-evaluated.
CREATE TYPE "DriftKind" AS ENUM ('DATA_DRIFT', 'CONCEPT_DRIFT');

CREATE TYPE "DriftEventStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'CLOSED');

CREATE TYPE "RetrainingStrategy" AS ENUM ('SCHEDULED', 'ON_DEMAND', 'INCREMENTAL', 'ACTIVE_LEARNING');

CREATE TABLE "MonitoringSetting" (
    "modelVersionId" INTEGER NOT NULL,
    "settings" JSONB NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dataEvaluatedKey" TEXT,
    "conceptEvaluatedKey" TEXT,

    CONSTRAINT "MonitoringSetting_pkey" PRIMARY KEY ("modelVersionId")
);

CREATE TABLE "DriftEvent" (
    "id" SERIAL NOT NULL,
    "modelVersionId" INTEGER NOT NULL,
    "kind" "DriftKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "lastSeenEnd" TIMESTAMP(3) NOT NULL,
    "onset" TIMESTAMP(3),
    "severity" TEXT NOT NULL,
    "strategy" "RetrainingStrategy" NOT NULL,
    "reason" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "status" "DriftEventStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "DriftEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "DriftEvent_status_modelVersionId_idx" ON "DriftEvent"("status", "modelVersionId");

CREATE UNIQUE INDEX "DriftEvent_modelVersionId_kind_subject_windowStart_key" ON "DriftEvent"("modelVersionId", "kind", "subject", "windowStart");
