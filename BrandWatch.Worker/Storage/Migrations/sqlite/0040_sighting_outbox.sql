-- Sightings of names screened before, waiting to be reported to the Api (POST /api/sightings). Written in the same
-- transaction as the feed cursor, deleted once the Api has them; the Api keeps one row per (mark, domain, source,
-- feed, item), so a report repeated after a crash is harmless.
CREATE TABLE sighting_outbox (
    id         INTEGER PRIMARY KEY,
    body       TEXT NOT NULL,            -- a SightingReport (contract JSON)
    created_at TEXT NOT NULL
);
