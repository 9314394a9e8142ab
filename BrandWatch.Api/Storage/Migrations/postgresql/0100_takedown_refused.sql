-- Takedown refusals (as in sqlite/0100_takedown_refused.sql): PostgreSQL widens the CHECK and adds the column in place.
ALTER TABLE takedown_actions DROP CONSTRAINT takedown_actions_state_check;
ALTER TABLE takedown_actions ADD CONSTRAINT takedown_actions_state_check
  CHECK (state IN ('sent', 'acknowledged', 'refused', 'resolved'));
ALTER TABLE takedown_actions ADD COLUMN refused_at TEXT;
