-- A subscription may ask for new names only: events of cases whose name was first seen at or after new_since
-- (ISO 8601 UTC text, like the other times of this table). NULL sends every name.
ALTER TABLE alert_subscriptions ADD COLUMN new_since TEXT;
