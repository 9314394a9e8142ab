-- Manual submissions: domains or URLs a reviewer asks the Worker to screen. The Worker polls them in id order
-- (GET /api/submissions?after={id}); picked_up_at is set once the Worker asks for items after a submission, that is
-- once its committed cursor has passed it. While a value is pending it is unique, so a repeated POST is idempotent.

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  value TEXT NOT NULL,               -- normalised: the ASCII domain, or the URL with its host in ASCII
  kind TEXT NOT NULL,                -- 'domain' or 'url'
  host TEXT NOT NULL,                -- the domain to screen (ASCII)
  note TEXT NULL,
  submitted_by TEXT NOT NULL,        -- the key's name
  submitted_by_key TEXT NOT NULL,    -- the key's id
  submitted_at TEXT NOT NULL,
  picked_up_at TEXT NULL
);
CREATE UNIQUE INDEX ux_submissions_pending ON submissions (value) WHERE picked_up_at IS NULL;
CREATE INDEX ix_submissions_key ON submissions (submitted_by_key, id);
