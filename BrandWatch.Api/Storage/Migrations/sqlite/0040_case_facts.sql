-- Reviewer facts (issue 16): one row per version, never updated, so the record shows who stated what and when,
-- and what the re-scoring made of it. The newest version of a case is its current facts.
CREATE TABLE case_facts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  version INTEGER NOT NULL,          -- 1, 2, … per case
  facts TEXT NOT NULL,               -- ReviewerFacts as JSON (camelCase, nulls left out)
  at TEXT NOT NULL,
  actor TEXT NOT NULL,               -- the API key id
  actor_role TEXT NOT NULL,
  filing_id INTEGER NOT NULL,        -- the filing whose evidence was re-scored
  mark_version INTEGER NOT NULL,     -- the mark as it stood when re-scored
  rule_version TEXT NOT NULL,
  rule_hash TEXT NOT NULL,
  before_verdict TEXT NOT NULL,      -- the case's verdict before these facts
  after_verdict TEXT NOT NULL,       -- the verdict with these facts (now the case's verdict)
  UNIQUE (case_id, version)
);
