-- Takedown follow-up (issue 17): each report carries the date by which the party should answer; the follow-up
-- service reminds once when that date passes without an answer (reminded_at) and escalates once after a further
-- wait (escalated_at), each through the alert outbox. Two more parties can be written to: a certificate authority
-- and the registry of a ccTLD. SQLite cannot widen a CHECK in place, so the table is rebuilt with its rows; a report
-- recorded before this migration is given the default three days to answer.

CREATE TABLE takedown_actions_0080 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  party TEXT NOT NULL CHECK (party IN ('registrar', 'host', 'registrant', 'provider', 'certificate-authority', 'registry')),
  target TEXT,
  state TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged', 'resolved')),
  sent_at TEXT NOT NULL,
  acknowledged_at TEXT,
  resolved_at TEXT,
  note TEXT,
  created_by TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  answer_due_at TEXT,                 -- null: no deadline (the person recording it chose none)
  reminded_at TEXT,
  escalated_at TEXT
);

INSERT INTO takedown_actions_0080 (id, case_id, party, target, state, sent_at, acknowledged_at, resolved_at, note, created_by, updated_by, updated_at, answer_due_at)
SELECT id, case_id, party, target, state, sent_at, acknowledged_at, resolved_at, note, created_by, updated_by, updated_at,
       strftime('%Y-%m-%dT%H:%M:%S', sent_at, '+3 days') || substr(sent_at, 20)
FROM takedown_actions;

DROP TABLE takedown_actions;
ALTER TABLE takedown_actions_0080 RENAME TO takedown_actions;
CREATE INDEX ix_takedown_actions_case ON takedown_actions (case_id, id);
CREATE INDEX ix_takedown_actions_due ON takedown_actions (answer_due_at) WHERE state = 'sent';
