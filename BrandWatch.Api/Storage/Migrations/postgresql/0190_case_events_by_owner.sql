-- The subscription preview reads one owner's case events of the last 30 days, newest first (issue 22).
CREATE INDEX IF NOT EXISTS ix_case_events_owner_created ON case_events (owner, created_at);
