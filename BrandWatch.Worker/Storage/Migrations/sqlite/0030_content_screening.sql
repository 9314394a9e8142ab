-- Content screening: every new domain of the feeds waits here to have its live pages fetched and analysed. A row is
-- written with the screened batch (same transaction as the feed cursor) and finished in the same transaction as the
-- page cases it creates, so a crash repeats at most the domains that were in flight and never files twice.
CREATE TABLE content_item (
    id                INTEGER PRIMARY KEY,
    domain            TEXT NOT NULL UNIQUE,
    origin            TEXT NOT NULL,            -- the feed that brought the domain
    portfolio_version TEXT NOT NULL,            -- the portfolio it was queued under (the one current at the fetch is used)
    status            TEXT NOT NULL,            -- Pending, Screened, Cased, Skipped
    detail            TEXT,                     -- why skipped, or what the pages showed
    pages             INTEGER NOT NULL DEFAULT 0,
    cases             INTEGER NOT NULL DEFAULT 0,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE INDEX content_item_due ON content_item (status, next_attempt_at, id);
CREATE INDEX content_item_updated ON content_item (updated_at);
