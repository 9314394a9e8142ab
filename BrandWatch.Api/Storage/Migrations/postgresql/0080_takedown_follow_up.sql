-- Takedown follow-up (as in sqlite/0080_takedown_follow_up.sql): PostgreSQL widens the CHECK and adds the columns in place.
ALTER TABLE takedown_actions DROP CONSTRAINT takedown_actions_party_check;
ALTER TABLE takedown_actions ADD CONSTRAINT takedown_actions_party_check
  CHECK (party IN ('registrar', 'host', 'registrant', 'provider', 'certificate-authority', 'registry'));
ALTER TABLE takedown_actions ADD COLUMN answer_due_at TEXT;
ALTER TABLE takedown_actions ADD COLUMN reminded_at TEXT;
ALTER TABLE takedown_actions ADD COLUMN escalated_at TEXT;

UPDATE takedown_actions
SET answer_due_at = to_char((sent_at::timestamptz + interval '3 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || substr(sent_at, 20);

CREATE INDEX ix_takedown_actions_due ON takedown_actions (answer_due_at) WHERE state = 'sent';
