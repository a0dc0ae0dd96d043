-- Predictions, labels and audit events are facts: the database refuses to change or remove them.
-- lib/db/errors.ts maps the message prefix "append-only" to a clear application error.
CREATE TRIGGER "Prediction_no_update" BEFORE UPDATE ON "Prediction"
BEGIN SELECT RAISE(ABORT, 'append-only: Prediction rows cannot be updated'); END;
CREATE TRIGGER "Prediction_no_delete" BEFORE DELETE ON "Prediction"
BEGIN SELECT RAISE(ABORT, 'append-only: Prediction rows cannot be deleted'); END;

CREATE TRIGGER "Label_no_update" BEFORE UPDATE ON "Label"
BEGIN SELECT RAISE(ABORT, 'append-only: Label rows cannot be updated'); END;
CREATE TRIGGER "Label_no_delete" BEFORE DELETE ON "Label"
BEGIN SELECT RAISE(ABORT, 'append-only: Label rows cannot be deleted'); END;

CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'append-only: AuditEvent rows cannot be updated'); END;
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'append-only: AuditEvent rows cannot be deleted'); END;
