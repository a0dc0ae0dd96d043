-- Triage: when an alert's status last changed ("time in state"), backfilled with the event
-- time, and an index for the queue's score sort.
ALTER TABLE "Alert" ADD COLUMN "statusChangedAt" DATETIME;
UPDATE "Alert" SET "statusChangedAt" = COALESCE("resolvedAt", "acknowledgedAt", "time");

CREATE INDEX "Alert_score_id_idx" ON "Alert"("score", "id");
