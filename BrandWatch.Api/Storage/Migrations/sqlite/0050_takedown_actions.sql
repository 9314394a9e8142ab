-- Takedown tracking: one row per report sent to a party about a case (the registrar, a host, the registrant, a
-- dispute provider), with its state and the date of each step. The state only moves forward:
-- sent → acknowledged → resolved, or sent → resolved. Who recorded each step is kept with it.

CREATE TABLE takedown_actions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases (id),
  party TEXT NOT NULL CHECK (party IN ('registrar', 'host', 'registrant', 'provider')),
  target TEXT,                        -- whom it went to: an abuse address, an IP address, a provider's case number
  state TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged', 'resolved')),
  sent_at TEXT NOT NULL,
  acknowledged_at TEXT,
  resolved_at TEXT,
  note TEXT,
  created_by TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX ix_takedown_actions_case ON takedown_actions (case_id, id);
