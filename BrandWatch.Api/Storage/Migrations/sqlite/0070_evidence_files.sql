-- Evidence files (issue 16): captured files stored content-addressed on disk under their SHA-256, one row each.
-- A row is written only after its file is complete on disk, so a row never names a missing file.
CREATE TABLE evidence_files (
  sha256 TEXT PRIMARY KEY,           -- lower-case hex: the file's name in the store
  bytes INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  stored_at TEXT NOT NULL,           -- first upload
  last_uploaded_at TEXT NOT NULL,    -- latest upload of the same bytes: an unreferenced file is kept this long
  uploaded_by TEXT NOT NULL          -- the API key id of the first upload
) WITHOUT ROWID;

-- Which filing named which file, with what the Worker said about it. A referenced file is never purged.
CREATE TABLE case_files (
  case_id INTEGER NOT NULL REFERENCES cases (id),
  filing_id INTEGER NOT NULL REFERENCES case_filings (id),
  sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
  kind TEXT NOT NULL,                -- warc, certificate-chain, dns-answers, screenshot
  page_url TEXT NOT NULL,
  media_type TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  tool TEXT NOT NULL,
  PRIMARY KEY (filing_id, sha256, kind, page_url)
) WITHOUT ROWID;
CREATE INDEX ix_case_files_case ON case_files (case_id, filing_id);
CREATE INDEX ix_case_files_sha256 ON case_files (sha256);
