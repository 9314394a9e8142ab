-- Marks, API keys, cases with their evidence history, the review audit log, idempotency records and the
-- transactional outbox (case_events) that the alert dispatcher reads.

CREATE TABLE marks (
  id TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  document TEXT NOT NULL,            -- the mark in the portfolio format (JSON)
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  retired_at TEXT NULL
);
CREATE INDEX ix_marks_owner ON marks (owner, id);

CREATE TABLE api_keys (
  id TEXT NOT NULL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,         -- SHA-256 (hex) of the key; the key itself is never stored
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NULL,
  revoked_at TEXT NULL
);

CREATE TABLE api_key_owners (
  key_id TEXT NOT NULL REFERENCES api_keys (id),
  owner TEXT NOT NULL,
  PRIMARY KEY (key_id, owner)
);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mark_id TEXT NOT NULL,
  owner TEXT NOT NULL,
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  domain TEXT NOT NULL,              -- the subject's host name (ASCII), for text search
  status TEXT NOT NULL,
  priority INTEGER NOT NULL,
  reviewed_priority INTEGER NULL,    -- the priority when a reviewer last decided
  outcome TEXT NOT NULL,
  action TEXT NOT NULL,              -- the recommended action (kebab-case)
  action_reason TEXT NOT NULL,
  overall REAL NOT NULL,
  act REAL NOT NULL,
  damage REAL NOT NULL,
  causation REAL NOT NULL,
  fault REAL NOT NULL,
  rule_version TEXT NOT NULL,
  verdict TEXT NOT NULL,             -- the latest verdict (JSON)
  action_taken TEXT NULL,
  dismissal_reason TEXT NULL,
  version INTEGER NOT NULL,
  filings INTEGER NOT NULL,
  filed_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  observed_at TEXT NOT NULL
);
-- One open case per (mark, subject, kind): the backstop behind the serialised filing transaction.
CREATE UNIQUE INDEX ux_cases_open ON cases (mark_id, subject, kind) WHERE status <> 'resolved';
CREATE INDEX ix_cases_priority ON cases (priority DESC, id DESC);
CREATE INDEX ix_cases_owner ON cases (owner, priority DESC, id DESC);
CREATE INDEX ix_cases_status ON cases (status, priority DESC, id DESC);
CREATE INDEX ix_cases_mark ON cases (mark_id, priority DESC, id DESC);

CREATE TABLE case_filings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  filed_at TEXT NOT NULL,
  observed_at TEXT NOT NULL,
  filed_by TEXT NOT NULL,
  priority INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  body BLOB NOT NULL                 -- the filing exactly as received
);
CREATE INDEX ix_case_filings_case ON case_filings (case_id, id);

CREATE TABLE case_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,               -- the API key id
  actor_role TEXT NOT NULL,
  from_status TEXT NULL,
  to_status TEXT NOT NULL,
  note TEXT NULL,
  dismissal_reason TEXT NULL,
  action_taken TEXT NULL,
  version_seen INTEGER NOT NULL
);
CREATE INDEX ix_case_audit_case ON case_audit (case_id, id);

CREATE TABLE idempotency_keys (
  key_id TEXT NOT NULL,              -- the API key that sent it: keys are scoped per caller
  idempotency_key TEXT NOT NULL,
  request_sha256 TEXT NOT NULL,
  status INTEGER NOT NULL,
  location TEXT NULL,
  etag TEXT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (key_id, idempotency_key)
);

CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL,
  owner TEXT NOT NULL,
  mark_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  priority INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  action TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL
);
