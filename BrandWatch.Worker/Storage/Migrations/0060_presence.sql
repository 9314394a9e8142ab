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
