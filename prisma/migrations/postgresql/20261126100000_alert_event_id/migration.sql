-- Alerts carry their prediction's event id, so evaluation can pair a verdict given to one
-- version's alert with another version's prediction of the same event without reading the
-- wide prediction row. Existing alerts are filled in from their predictions.
ALTER TABLE "Alert" ADD COLUMN "eventId" TEXT;
UPDATE "Alert" SET "eventId" = (SELECT p."eventId" FROM "Prediction" p WHERE p."id" = "Alert"."predictionId");
