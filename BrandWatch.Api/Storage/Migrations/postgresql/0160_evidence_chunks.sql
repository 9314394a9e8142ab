-- Evidence files in the database (as in sqlite/0160_evidence_chunks.sql).
ALTER TABLE evidence_files ADD COLUMN blob_id TEXT;
CREATE INDEX ix_evidence_files_blob ON evidence_files (blob_id) WHERE blob_id IS NOT NULL;

CREATE TABLE evidence_chunks (
  blob_id TEXT NOT NULL,
  start_byte BIGINT NOT NULL,
  data BYTEA NOT NULL,
  written_at TEXT NOT NULL,
  PRIMARY KEY (blob_id, start_byte)
);
-- WARC and PEM compress well, PNG does not; the chunks keep PostgreSQL's default (compressed when it pays).
CREATE INDEX ix_evidence_chunks_written ON evidence_chunks (written_at);
