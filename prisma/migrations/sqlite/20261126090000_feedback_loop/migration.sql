-- Feedback loop: verdicts picked by active learning (a label source), the per-model daily
-- labelling budget, the double-labelled sample (blind second verdicts, append-only like labels)
-- and runs of the built-in trainer.
CREATE TABLE "ActiveLearningSetting" (
    "modelId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dailyBudget" INTEGER NOT NULL,
    "updatedBy" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "LabelReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "labelId" INTEGER NOT NULL,
    "predictionId" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "reasonCode" TEXT,
    "reviewerId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "TrainingRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetVersionId" INTEGER NOT NULL,
    "baseVersionId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "progress" REAL NOT NULL DEFAULT 0,
    "step" TEXT,
    "resultVersionId" INTEGER,
    "error" TEXT,
    "details" JSONB,
    "startedBy" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

CREATE INDEX "LabelReview_at_idx" ON "LabelReview"("at");
CREATE UNIQUE INDEX "LabelReview_labelId_reviewerId_key" ON "LabelReview"("labelId", "reviewerId");
CREATE INDEX "TrainingRun_baseVersionId_startedAt_idx" ON "TrainingRun"("baseVersionId", "startedAt");

CREATE TRIGGER "LabelReview_no_update" BEFORE UPDATE ON "LabelReview"
BEGIN SELECT RAISE(ABORT, 'append-only: LabelReview rows cannot be updated'); END;
CREATE TRIGGER "LabelReview_no_delete" BEFORE DELETE ON "LabelReview"
BEGIN SELECT RAISE(ABORT, 'append-only: LabelReview rows cannot be deleted'); END;
