-- Audit trail and prediction history: signed checkpoints of the audit chain (append-only, as
-- the events they vouch for), indexes for the Audit page's filters, and a source-IP index for
-- auditors' prediction searches.
CREATE TABLE "AuditCheckpoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL
);

CREATE INDEX "AuditCheckpoint_seq_idx" ON "AuditCheckpoint"("seq");

CREATE TRIGGER "AuditCheckpoint_no_update" BEFORE UPDATE ON "AuditCheckpoint"
BEGIN SELECT RAISE(ABORT, 'append-only: AuditCheckpoint rows cannot be updated'); END;
CREATE TRIGGER "AuditCheckpoint_no_delete" BEFORE DELETE ON "AuditCheckpoint"
BEGIN SELECT RAISE(ABORT, 'append-only: AuditCheckpoint rows cannot be deleted'); END;

CREATE INDEX "AuditEvent_actor_seq_idx" ON "AuditEvent"("actor", "seq");
CREATE INDEX "AuditEvent_action_seq_idx" ON "AuditEvent"("action", "seq");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

CREATE INDEX "Prediction_sourceIp_time_idx" ON "Prediction"("sourceIp", "time");
