-- Which watch found a case (content, ct, nrd, zone, submission): set by the first filing that says so, kept after.
-- NULL for cases filed before the field existed or by a filer that does not say.
ALTER TABLE cases ADD COLUMN source TEXT NULL;
CREATE INDEX ix_cases_source ON cases (source, priority DESC, id DESC);
