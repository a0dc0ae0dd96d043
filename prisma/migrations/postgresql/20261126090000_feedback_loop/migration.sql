-- Feedback loop: verdicts picked by active learning (a label source), the per-model daily
-- labelling budget, the double-labelled sample (blind second verdicts, append-only like labels)
-- and runs of the built-in trainer.
ALTER TYPE "LabelSource" ADD VALUE 'ACTIVE_LEARNING';

CREATE TABLE "ActiveLearningSetting" (
    "modelId" INTEGER NOT NULL,
    "dailyBudget" INTEGER NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActiveLearningSetting_pkey" PRIMARY KEY ("modelId")
);

CREATE TABLE "LabelReview" (
    "id" SERIAL NOT NULL,
    "labelId" INTEGER NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "reasonCode" TEXT,
    "reviewerId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelReview_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrainingRun" (
    "id" SERIAL NOT NULL,
    "datasetVersionId" INTEGER NOT NULL,
    "baseVersionId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "step" TEXT,
    "resultVersionId" INTEGER,
    "error" TEXT,
    "details" JSONB,
    "startedBy" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingRun_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LabelReview_at_idx" ON "LabelReview"("at");
CREATE UNIQUE INDEX "LabelReview_labelId_reviewerId_key" ON "LabelReview"("labelId", "reviewerId");
CREATE INDEX "TrainingRun_baseVersionId_startedAt_idx" ON "TrainingRun"("baseVersionId", "startedAt");

CREATE TRIGGER "LabelReview_append_only" BEFORE UPDATE OR DELETE ON "LabelReview"
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER "LabelReview_no_truncate" BEFORE TRUNCATE ON "LabelReview"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();
