-- Takedown tracking (issue 17): a party may refuse a report (the registrar sees no abuse, the host wants a court
-- order). "refused" is a final state with its date (refused_at), so that the reviewer turns to the next party and
-- the follow-up stops chasing it. An acknowledged report may still be refused. SQLite cannot widen a CHECK in place,
-- so the table is rebuilt with its rows, as in 0080.

CREATE TABLE takedown_actions_0100 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  party TEXT NOT NULL CHECK (party IN ('registrar', 'host', 'registrant', 'provider', 'certificate-authority', 'registry')),
  target TEXT,
  state TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged', 'refused', 'resolved')),
  sent_at TEXT NOT NULL,
  acknowledged_at TEXT,
  refused_at TEXT,
  resolved_at TEXT,
  note TEXT,
  created_by TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  answer_due_at TEXT,
  reminded_at TEXT,
  escalated_at TEXT
);

INSERT INTO takedown_actions_0100 (id, case_id, party, target, state, sent_at, acknowledged_at, resolved_at, note, created_by, updated_by, updated_at,
                                   answer_due_at, reminded_at, escalated_at)
SELECT id, case_id, party, target, state, sent_at, acknowledged_at, resolved_at, note, created_by, updated_by, updated_at,
       answer_due_at, reminded_at, escalated_at
FROM takedown_actions;

DROP TABLE takedown_actions;
ALTER TABLE takedown_actions_0100 RENAME TO takedown_actions;
CREATE INDEX ix_takedown_actions_case ON takedown_actions (case_id, id);
CREATE INDEX ix_takedown_actions_due ON takedown_actions (answer_due_at) WHERE state = 'sent';
