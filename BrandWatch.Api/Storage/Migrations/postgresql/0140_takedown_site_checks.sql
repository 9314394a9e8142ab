-- Takedown site checks (as in sqlite/0140_takedown_site_checks.sql): PostgreSQL widens the CHECK and adds the columns in place.
ALTER TABLE takedown_actions DROP CONSTRAINT takedown_actions_state_check;
ALTER TABLE takedown_actions ADD CONSTRAINT takedown_actions_state_check
  CHECK (state IN ('sent', 'acknowledged', 'refused', 'resolved', 're-emerged'));
ALTER TABLE takedown_actions ADD COLUMN checked_at TEXT;
ALTER TABLE takedown_actions ADD COLUMN check_result TEXT;
ALTER TABLE takedown_actions ADD COLUMN check_detail TEXT;
ALTER TABLE takedown_actions ADD COLUMN gone_at TEXT;
ALTER TABLE takedown_actions ADD COLUMN gone_reason TEXT;
ALTER TABLE takedown_actions ADD COLUMN reemerged_at TEXT;
CREATE INDEX ix_takedown_actions_watch ON takedown_actions (checked_at) WHERE state IN ('sent', 'acknowledged', 'resolved');
