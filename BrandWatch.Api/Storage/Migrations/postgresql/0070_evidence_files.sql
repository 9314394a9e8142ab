-- Evidence files (as in sqlite/0070_evidence_files.sql).
CREATE TABLE evidence_files (
  sha256 TEXT PRIMARY KEY,
  bytes BIGINT NOT NULL,
  media_type TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  last_uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL
);

CREATE TABLE case_files (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  filing_id BIGINT NOT NULL REFERENCES case_filings (id),
  sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
  kind TEXT NOT NULL,
  page_url TEXT NOT NULL,
  media_type TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  tool TEXT NOT NULL,
  PRIMARY KEY (filing_id, sha256, kind, page_url)
);
CREATE INDEX ix_case_files_case ON case_files (case_id, filing_id);
CREATE INDEX ix_case_files_sha256 ON case_files (sha256);
