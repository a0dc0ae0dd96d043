-- Predictions, labels and audit events are facts: the database refuses to change or remove them.
-- lib/db/errors.ts maps the message prefix "append-only" to a clear application error.
CREATE FUNCTION vigil_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only: % rows cannot be %', TG_TABLE_NAME,
    CASE TG_OP WHEN 'UPDATE' THEN 'updated' WHEN 'DELETE' THEN 'deleted' ELSE 'truncated' END
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "Prediction_append_only" BEFORE UPDATE OR DELETE ON "Prediction"
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER "Prediction_no_truncate" BEFORE TRUNCATE ON "Prediction"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();

CREATE TRIGGER "Label_append_only" BEFORE UPDATE OR DELETE ON "Label"
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER "Label_no_truncate" BEFORE TRUNCATE ON "Label"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION vigil_refuse_change();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION vigil_refuse_change();
