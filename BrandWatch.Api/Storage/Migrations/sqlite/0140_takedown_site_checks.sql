-- Takedown follow-up, the site itself (issue 17): the Worker re-checks the subject of every case with a report under
-- way (DNS, then the page) and files what it saw. checked_at/check_result/check_detail keep the last check; gone_at
-- and gone_reason record when the site was first seen gone (nxdomain, no-address, not-answering, page-removed,
-- misuse-removed). A report whose site was gone and comes back moves to the new final state "re-emerged"
-- (reemerged_at): the reviewer then records a new report. SQLite cannot widen a CHECK in place, so the table is
-- rebuilt with its rows, as in 0080 and 0100.

CREATE TABLE takedown_actions_0140 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  party TEXT NOT NULL CHECK (party IN ('registrar', 'host', 'registrant', 'provider', 'certificate-authority', 'registry')),
  target TEXT,
  state TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged', 'refused', 'resolved', 're-emerged')),
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
  escalated_at TEXT,
  checked_at TEXT,
  check_result TEXT,
  check_detail TEXT,
  gone_at TEXT,
  gone_reason TEXT,
  reemerged_at TEXT
);

INSERT INTO takedown_actions_0140 (id, case_id, party, target, state, sent_at, acknowledged_at, refused_at, resolved_at, note, created_by, updated_by,
                                   updated_at, answer_due_at, reminded_at, escalated_at)
SELECT id, case_id, party, target, state, sent_at, acknowledged_at, refused_at, resolved_at, note, created_by, updated_by,
       updated_at, answer_due_at, reminded_at, escalated_at
FROM takedown_actions;

DROP TABLE takedown_actions;
ALTER TABLE takedown_actions_0140 RENAME TO takedown_actions;
CREATE INDEX ix_takedown_actions_case ON takedown_actions (case_id, id);
CREATE INDEX ix_takedown_actions_due ON takedown_actions (answer_due_at) WHERE state = 'sent';
CREATE INDEX ix_takedown_actions_watch ON takedown_actions (checked_at) WHERE state IN ('sent', 'acknowledged', 'resolved');

-- Dropping the old table dropped the takedown counters of 0110 with it: the same triggers again, on the new table.
CREATE TRIGGER takedown_stats_insert AFTER INSERT ON takedown_actions BEGIN
  INSERT INTO case_stats_daily SELECT owner, 'takedown-sent', substr(new.sent_at, 1, 10), new.party, 1 FROM cases WHERE id = new.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily SELECT owner, 'takedown-acknowledged', substr(new.acknowledged_at, 1, 10), new.party, 1 FROM cases
    WHERE id = new.case_id AND new.acknowledged_at IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily SELECT owner, 'takedown-resolved', substr(new.resolved_at, 1, 10), new.party, 1 FROM cases
    WHERE id = new.case_id AND new.resolved_at IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER takedown_stats_acknowledged AFTER UPDATE OF acknowledged_at ON takedown_actions
WHEN old.acknowledged_at IS NULL AND new.acknowledged_at IS NOT NULL BEGIN
  INSERT INTO case_stats_daily SELECT owner, 'takedown-acknowledged', substr(new.acknowledged_at, 1, 10), new.party, 1 FROM cases WHERE id = new.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER takedown_stats_resolved AFTER UPDATE OF resolved_at ON takedown_actions
WHEN old.resolved_at IS NULL AND new.resolved_at IS NOT NULL BEGIN
  INSERT INTO case_stats_daily SELECT owner, 'takedown-resolved', substr(new.resolved_at, 1, 10), new.party, 1 FROM cases WHERE id = new.case_id
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

