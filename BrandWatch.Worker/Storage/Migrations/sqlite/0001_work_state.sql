-- The Worker's own work state: feed cursors, what was screened against which portfolio, items between stages, filings.
CREATE TABLE feed_cursor (
    feed          TEXT PRIMARY KEY,
    position      TEXT NOT NULL DEFAULT '',
    etag          TEXT,
    last_modified TEXT,
    updated_at    TEXT NOT NULL
);

CREATE TABLE screened (
    domain            TEXT NOT NULL,
    portfolio_version TEXT NOT NULL,
    screened_at       TEXT NOT NULL,
    PRIMARY KEY (domain, portfolio_version)
) WITHOUT ROWID;

CREATE TABLE work_item (
    id                INTEGER PRIMARY KEY,
    domain            TEXT NOT NULL,
    mark              TEXT NOT NULL,
    portfolio_version TEXT NOT NULL,
    origin            TEXT NOT NULL,
    stage             TEXT NOT NULL,
    state             TEXT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    last_error        TEXT,
    idempotency_key   TEXT,
    case_id           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (domain, mark, portfolio_version, origin)
);

CREATE INDEX work_item_stage ON work_item (stage, next_attempt_at);
CREATE INDEX screened_at ON screened (screened_at);

-- One row per scheduled job run: what ran when and how it ended (status, and the misfire test).
CREATE TABLE job_run (
    id          INTEGER PRIMARY KEY,
    job         TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT,
    detail      TEXT
);

CREATE INDEX job_run_job ON job_run (job, started_at);
