-- A case filed for a name whose earlier case was resolved follows that case (issue 15: a name that comes back is linked
-- to its predecessor instead of opening an unrelated case).
ALTER TABLE cases ADD COLUMN predecessor_id INTEGER NULL REFERENCES cases (id);

-- The filing looks the predecessor up by name for every new case: resolved cases by (mark, name, kind), newest last.
CREATE INDEX IF NOT EXISTS ix_cases_resolved_name ON cases (mark_id, subject, kind, id) WHERE status = 'resolved';
