-- Alerts: subscriptions, the dispatcher's cursor over the case_events outbox, and the deliveries it makes.
-- case_events belongs to the cases feature (written in the same transaction as each case change); it is declared
-- here with IF NOT EXISTS only so that this script stands on its own.
CREATE TABLE IF NOT EXISTS case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, case_id INTEGER NOT NULL, owner TEXT NOT NULL, mark_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL, priority INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  action TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL);

CREATE TABLE alert_subscriptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  marks TEXT NOT NULL,            -- JSON array of mark ids; [] = every mark of the owner
  events TEXT NOT NULL,           -- JSON array of event types; [] = every event
  kinds TEXT NOT NULL,            -- JSON array of subject kinds; [] = every kind
  min_priority INTEGER NOT NULL,
  min_outcome TEXT NOT NULL,      -- unlikely | possible | likely
  delivery TEXT NOT NULL,         -- immediate | hourly | daily
  channel TEXT NOT NULL,          -- webhook | email
  webhook_url TEXT,
  webhook_secret TEXT,
  email TEXT,
  format TEXT NOT NULL,           -- json | slack | teams
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT);
CREATE INDEX ix_alert_subscriptions_owner ON alert_subscriptions (owner) WHERE deleted_at IS NULL;

-- How far the dispatcher has fanned out the outbox. One row per named reader.
CREATE TABLE alert_cursor (
  name TEXT PRIMARY KEY,
  last_event_id INTEGER NOT NULL);
INSERT INTO alert_cursor (name, last_event_id) VALUES ('dispatcher', 0);

-- Events matched to a digest subscription, waiting for the digest that will carry them.
CREATE TABLE alert_digest_items (
  subscription_id INTEGER NOT NULL REFERENCES alert_subscriptions (id),
  event_id INTEGER NOT NULL,
  queued_at TEXT NOT NULL,
  delivery_id TEXT,
  PRIMARY KEY (subscription_id, event_id));
CREATE INDEX ix_alert_digest_items_pending ON alert_digest_items (subscription_id) WHERE delivery_id IS NULL;

-- One message to one endpoint. seq orders deliveries within a lane (one endpoint: a URL or an address).
-- status: pending -> delivered | dead | cancelled; dead -> pending again on a redrive.
CREATE TABLE alert_deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  subscription_id INTEGER NOT NULL REFERENCES alert_subscriptions (id),
  owner TEXT NOT NULL,
  lane TEXT NOT NULL,
  channel TEXT NOT NULL,
  format TEXT NOT NULL,
  target TEXT NOT NULL,
  digest TEXT NOT NULL,           -- immediate | hourly | daily
  event_ids TEXT NOT NULL,        -- JSON array, ascending
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  first_attempt_at TEXT,
  last_attempt_at TEXT,
  last_error TEXT,
  delivered_at TEXT,
  dead_at TEXT,
  redrive_count INTEGER NOT NULL DEFAULT 0,
  redriven_at TEXT,
  redriven_by TEXT);
CREATE UNIQUE INDEX ix_alert_deliveries_immediate ON alert_deliveries (subscription_id, event_ids) WHERE digest = 'immediate';
CREATE INDEX ix_alert_deliveries_pending ON alert_deliveries (lane, seq) WHERE status = 'pending';
CREATE INDEX ix_alert_deliveries_dead ON alert_deliveries (owner, seq) WHERE status = 'dead';
