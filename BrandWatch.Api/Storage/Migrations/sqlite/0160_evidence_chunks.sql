-- Evidence files in the database (issue 16): several Api instances on one database read each other's uploads.
-- A file's bytes are stored as chunks under a blob id chosen at upload; evidence_files.blob_id names the chunks once the
-- upload is complete and its hash checked (NULL: the file is in the folder store, as before this migration).
-- Chunks no row names are an upload in progress or abandoned; the purge deletes them once older than a day.
ALTER TABLE evidence_files ADD COLUMN blob_id TEXT;
CREATE INDEX ix_evidence_files_blob ON evidence_files (blob_id) WHERE blob_id IS NOT NULL;

CREATE TABLE evidence_chunks (
  blob_id TEXT NOT NULL,
  start_byte INTEGER NOT NULL,       -- where the chunk starts in the file
  data BLOB NOT NULL,
  written_at TEXT NOT NULL,
  PRIMARY KEY (blob_id, start_byte)
);
CREATE INDEX ix_evidence_chunks_written ON evidence_chunks (written_at);
