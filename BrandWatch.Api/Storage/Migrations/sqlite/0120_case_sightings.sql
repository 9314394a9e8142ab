-- Every sighting of a name for a mark: which watch saw it (source), which of its feeds and where in it (feed, item),
-- when, and for a CT log the log, the entry index and the certificate's SHA-256. Keyed by (mark, domain) rather than by
-- case, so a sighting reported while the first filing is still being enriched is kept, and a case shows the sightings
-- of its name across its predecessors. A repeated report of the same (mark, domain, source, feed, item) is one row.
CREATE TABLE case_sightings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  mark_id TEXT NOT NULL,
  domain TEXT NOT NULL,
  source TEXT NOT NULL,
  feed TEXT NOT NULL,
  item TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  filing_id INTEGER NULL,            -- the filing it came with; NULL when reported alone
  ct_log TEXT NULL,
  ct_index INTEGER NULL,
  certificate_sha256 TEXT NULL
);
CREATE UNIQUE INDEX ux_case_sightings ON case_sightings (mark_id, domain, source, feed, item);
CREATE INDEX ix_case_sightings_name ON case_sightings (mark_id, domain, seen_at, id);
CREATE INDEX ix_case_sightings_source ON case_sightings (source, mark_id, domain);

-- When the name of a case was first seen for its mark: its earliest sighting, or the filing of its earliest case of the
-- same (mark, domain). "Only what is new" filters on it.
ALTER TABLE cases ADD COLUMN first_seen_at TEXT NULL;
UPDATE cases SET first_seen_at = (SELECT MIN(p.filed_at) FROM cases p WHERE p.mark_id = cases.mark_id AND p.domain = cases.domain);
CREATE INDEX ix_cases_first_seen ON cases (first_seen_at, id);
