-- The presence of each filed subject across looks (issue 15, no flapping): the settled state, the unconfirmed looks
-- that disagree with it, the last looks and the last confirmed change, as a PresenceRecord (contract JSON). One row
-- per (domain, mark), written by the score stage before it decides whether a look is filed or held back.
CREATE TABLE presence (
    domain     TEXT NOT NULL,
    mark       TEXT NOT NULL,
    state      TEXT NOT NULL,            -- the settled state, for queries; the record holds the rest
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (domain, mark)
) WITHOUT ROWID;

-- The last tree head of each CT log that verified (signature, then a consistency proof from the one before), so the
-- next head can be proved to extend it; a log whose proof fails is flagged with the reason and read no more until an
-- operator clears the flag (DELETE the row, or set flagged to NULL, once the log's operator has explained the fork).
CREATE TABLE ct_log_head (
    log_id     TEXT PRIMARY KEY,
    tree_size  INTEGER NOT NULL,
    root_hash  TEXT NOT NULL,            -- base64
    flagged    TEXT,                     -- why the log is no longer read; NULL while it is trusted
    updated_at TEXT NOT NULL
);
