-- The queue's default view (every status, newest first) walks this index instead of sorting
-- every alert.
CREATE INDEX "Alert_time_id_idx" ON "Alert"("time", "id");
