-- Cases per owner and UTC day, kept by triggers inside every writing transaction (like case_counts), so the brand
-- managers' dashboard reads a few rows per day instead of counting cases. One row per (owner, dimension, day, value):
--   opened   ''            cases filed that day
--   resolved ''            cases that became resolved that day (the day of their update)
--   kind / source / action / outcome / status   cases filed that day, by their current value (source 'none' when
--                          the filer did not say); a re-filing that changes the action moves the case between values
--                          of the day it was filed.
-- Rows may fall to n = 0; readers skip them.
CREATE TABLE case_stats_daily (
  owner TEXT NOT NULL,
  dimension TEXT NOT NULL,
  day TEXT NOT NULL,                 -- yyyy-MM-dd, UTC
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner, dimension, day, value)
) WITHOUT ROWID;

INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'opened', substr(filed_at, 1, 10), '', COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10);
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'resolved', substr(updated_at, 1, 10), '', COUNT(*) FROM cases WHERE status = 'resolved' GROUP BY owner, substr(updated_at, 1, 10);
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'kind', substr(filed_at, 1, 10), kind, COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), kind;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'source', substr(filed_at, 1, 10), COALESCE(source, 'none'), COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), COALESCE(source, 'none');
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'action', substr(filed_at, 1, 10), action, COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), action;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'outcome', substr(filed_at, 1, 10), outcome, COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), outcome;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'status', substr(filed_at, 1, 10), status, COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), status;

CREATE TRIGGER case_stats_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_stats_daily VALUES (new.owner, 'opened', substr(new.filed_at, 1, 10), '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'kind', substr(new.filed_at, 1, 10), new.kind, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'source', substr(new.filed_at, 1, 10), COALESCE(new.source, 'none'), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'action', substr(new.filed_at, 1, 10), new.action, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'outcome', substr(new.filed_at, 1, 10), new.outcome, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'status', substr(new.filed_at, 1, 10), new.status, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily SELECT new.owner, 'resolved', substr(new.updated_at, 1, 10), '', 1 WHERE new.status = 'resolved'
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_stats_delete AFTER DELETE ON cases BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = old.owner AND day = substr(old.filed_at, 1, 10) AND (
    (dimension = 'opened' AND value = '') OR (dimension = 'kind' AND value = old.kind)
    OR (dimension = 'source' AND value = COALESCE(old.source, 'none')) OR (dimension = 'action' AND value = old.action)
    OR (dimension = 'outcome' AND value = old.outcome) OR (dimension = 'status' AND value = old.status));
  UPDATE case_stats_daily SET n = n - 1
    WHERE old.status = 'resolved' AND owner = old.owner AND dimension = 'resolved' AND day = substr(old.updated_at, 1, 10) AND value = '';
END;

-- A case that moves to another owner takes every row of its filing day with it.
CREATE TRIGGER case_stats_owner AFTER UPDATE OF owner ON cases WHEN old.owner <> new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = old.owner AND day = substr(old.filed_at, 1, 10) AND (
    (dimension = 'opened' AND value = '') OR (dimension = 'kind' AND value = old.kind)
    OR (dimension = 'source' AND value = COALESCE(old.source, 'none')) OR (dimension = 'action' AND value = old.action)
    OR (dimension = 'outcome' AND value = old.outcome) OR (dimension = 'status' AND value = old.status));
  INSERT INTO case_stats_daily VALUES (new.owner, 'opened', substr(new.filed_at, 1, 10), '', 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'kind', substr(new.filed_at, 1, 10), new.kind, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'source', substr(new.filed_at, 1, 10), COALESCE(new.source, 'none'), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'action', substr(new.filed_at, 1, 10), new.action, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'outcome', substr(new.filed_at, 1, 10), new.outcome, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'status', substr(new.filed_at, 1, 10), new.status, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- One trigger per dimension: a re-filing that changes none of them writes nothing here. They skip an owner change,
-- which the trigger above handles whole (no statement changes a case's owner today; this keeps the table right if one does).
CREATE TRIGGER case_stats_kind AFTER UPDATE OF kind ON cases WHEN old.kind <> new.kind AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'kind' AND day = substr(new.filed_at, 1, 10) AND value = old.kind;
  INSERT INTO case_stats_daily VALUES (new.owner, 'kind', substr(new.filed_at, 1, 10), new.kind, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_stats_source AFTER UPDATE OF source ON cases
WHEN COALESCE(old.source, 'none') <> COALESCE(new.source, 'none') AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'source' AND day = substr(new.filed_at, 1, 10) AND value = COALESCE(old.source, 'none');
  INSERT INTO case_stats_daily VALUES (new.owner, 'source', substr(new.filed_at, 1, 10), COALESCE(new.source, 'none'), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_stats_action AFTER UPDATE OF action ON cases WHEN old.action <> new.action AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'action' AND day = substr(new.filed_at, 1, 10) AND value = old.action;
  INSERT INTO case_stats_daily VALUES (new.owner, 'action', substr(new.filed_at, 1, 10), new.action, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_stats_outcome AFTER UPDATE OF outcome ON cases WHEN old.outcome <> new.outcome AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'outcome' AND day = substr(new.filed_at, 1, 10) AND value = old.outcome;
  INSERT INTO case_stats_daily VALUES (new.owner, 'outcome', substr(new.filed_at, 1, 10), new.outcome, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_stats_status AFTER UPDATE OF status ON cases WHEN old.status <> new.status AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'status' AND day = substr(new.filed_at, 1, 10) AND value = old.status;
  INSERT INTO case_stats_daily VALUES (new.owner, 'status', substr(new.filed_at, 1, 10), new.status, 1) ON CONFLICT DO UPDATE SET n = n + 1;
  UPDATE case_stats_daily SET n = n - 1
    WHERE old.status = 'resolved' AND owner = new.owner AND dimension = 'resolved' AND day = substr(old.updated_at, 1, 10) AND value = '';
  INSERT INTO case_stats_daily SELECT new.owner, 'resolved', substr(new.updated_at, 1, 10), '', 1 WHERE new.status = 'resolved'
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
