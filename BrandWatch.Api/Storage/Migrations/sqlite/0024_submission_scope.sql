-- A pending value is unique per submitter scope (the owners the submitting key is scoped to, or '*' for keys that see
-- every owner), no longer across all owners: a repeated POST answers the caller's own pending submission and never
-- another tenant's note and submitter. Rows from before this migration keep the empty scope until picked up.

ALTER TABLE submissions ADD COLUMN scope TEXT NOT NULL DEFAULT '';
DROP INDEX ux_submissions_pending;
CREATE UNIQUE INDEX ux_submissions_pending ON submissions (scope, value) WHERE picked_up_at IS NULL;
