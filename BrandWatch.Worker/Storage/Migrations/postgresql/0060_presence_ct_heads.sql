-- The presence of each filed subject across looks and the last verified head of each CT log, on PostgreSQL: the twin
-- of sqlite/0060_presence_ct_heads.sql (see there for what each column means).
CREATE TABLE presence (
    domain     TEXT NOT NULL,
    mark       TEXT NOT NULL,
    state      TEXT NOT NULL,
    record     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (domain, mark)
);

CREATE TABLE ct_log_head (
    log_id     TEXT PRIMARY KEY,
    tree_size  BIGINT NOT NULL,
    root_hash  TEXT NOT NULL,
    flagged    TEXT,
    updated_at TEXT NOT NULL
);
