-- Audit trail and prediction history: signed checkpoints of the audit chain (append-only, as
-- the events they vouch for), indexes for the Audit page's filters, and a source-IP index for
-- auditors' prediction searches.
CREATE TABLE "AuditCheckpoint" (
    "id" SERIAL NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuditCheckpoint_seq_idx" ON "AuditCheckpoint"("seq");

-- vigil_refuse_change() comes from 20261123222600_append_only.
CREATE TRIGGER "AuditCheckpoint_append_only" BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER "AuditCheckpoint_no_truncate" BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();

CREATE INDEX "AuditEvent_actor_seq_idx" ON "AuditEvent"("actor", "seq");
CREATE INDEX "AuditEvent_action_seq_idx" ON "AuditEvent"("action", "seq");
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

CREATE INDEX "Prediction_sourceIp_time_idx" ON "Prediction"("sourceIp", "time");
