-- Cases per owner and UTC day (as in sqlite/0060_case_stats.sql, which explains the dimensions), kept by triggers
-- inside every writing transaction. The same rules as SQLite's triggers: a case counts under the day it was filed for
-- opened/kind/source/action/outcome/status, and under the day of the update that resolved it for resolved.
CREATE TABLE case_stats_daily (
  owner TEXT NOT NULL,
  dimension TEXT NOT NULL,
  day TEXT NOT NULL,
  value TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (owner, dimension, day, value)
);

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

-- Adds delta to one counter; the upsert is atomic across concurrent transactions.
CREATE FUNCTION bw_stats_add(p_owner TEXT, p_dimension TEXT, p_day TEXT, p_value TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats_daily AS s (owner, dimension, day, value, n) VALUES (p_owner, p_dimension, p_day, p_value, p_delta)
    ON CONFLICT (owner, dimension, day, value) DO UPDATE SET n = s.n + EXCLUDED.n;
$$;

-- The counters a case holds under its filing day.
CREATE FUNCTION bw_stats_filed(c cases, p_delta BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d TEXT := substr(c.filed_at, 1, 10);
BEGIN
  PERFORM bw_stats_add(c.owner, 'opened', d, '', p_delta);
  PERFORM bw_stats_add(c.owner, 'kind', d, c.kind, p_delta);
  PERFORM bw_stats_add(c.owner, 'source', d, COALESCE(c.source, 'none'), p_delta);
  PERFORM bw_stats_add(c.owner, 'action', d, c.action, p_delta);
  PERFORM bw_stats_add(c.owner, 'outcome', d, c.outcome, p_delta);
  PERFORM bw_stats_add(c.owner, 'status', d, c.status, p_delta);
END $$;

CREATE FUNCTION bw_case_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_stats_filed(NEW, 1);
    IF NEW.status = 'resolved' THEN
      PERFORM bw_stats_add(NEW.owner, 'resolved', substr(NEW.updated_at, 1, 10), '', 1);
    END IF;
    RETURN NULL;
  END IF;

  IF TG_OP = 'DELETE' THEN
    PERFORM bw_stats_filed(OLD, -1);
    IF OLD.status = 'resolved' THEN
      PERFORM bw_stats_add(OLD.owner, 'resolved', substr(OLD.updated_at, 1, 10), '', -1);
    END IF;
    RETURN NULL;
  END IF;

  -- A case that moves to another owner takes every row of its filing day with it (its resolved row stays, as in SQLite).
  IF OLD.owner <> NEW.owner THEN
    PERFORM bw_stats_filed(OLD, -1);
    PERFORM bw_stats_filed(NEW, 1);
    RETURN NULL;
  END IF;

  d := substr(NEW.filed_at, 1, 10);
  IF OLD.kind <> NEW.kind THEN
    PERFORM bw_stats_add(NEW.owner, 'kind', d, OLD.kind, -1);
    PERFORM bw_stats_add(NEW.owner, 'kind', d, NEW.kind, 1);
  END IF;
  IF COALESCE(OLD.source, 'none') <> COALESCE(NEW.source, 'none') THEN
    PERFORM bw_stats_add(NEW.owner, 'source', d, COALESCE(OLD.source, 'none'), -1);
    PERFORM bw_stats_add(NEW.owner, 'source', d, COALESCE(NEW.source, 'none'), 1);
  END IF;
  IF OLD.action <> NEW.action THEN
    PERFORM bw_stats_add(NEW.owner, 'action', d, OLD.action, -1);
    PERFORM bw_stats_add(NEW.owner, 'action', d, NEW.action, 1);
  END IF;
  IF OLD.outcome <> NEW.outcome THEN
    PERFORM bw_stats_add(NEW.owner, 'outcome', d, OLD.outcome, -1);
    PERFORM bw_stats_add(NEW.owner, 'outcome', d, NEW.outcome, 1);
  END IF;
  IF OLD.status <> NEW.status THEN
    PERFORM bw_stats_add(NEW.owner, 'status', d, OLD.status, -1);
    PERFORM bw_stats_add(NEW.owner, 'status', d, NEW.status, 1);
    IF OLD.status = 'resolved' THEN
      PERFORM bw_stats_add(NEW.owner, 'resolved', substr(OLD.updated_at, 1, 10), '', -1);
    END IF;
    IF NEW.status = 'resolved' THEN
      PERFORM bw_stats_add(NEW.owner, 'resolved', substr(NEW.updated_at, 1, 10), '', 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER case_stats_insert_delete AFTER INSERT OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION bw_case_stats();
-- Only updates that touch a counted column fire: a re-filing that changes none of them writes nothing here.
CREATE TRIGGER case_stats_update AFTER UPDATE OF owner, kind, source, action, outcome, status ON cases FOR EACH ROW
  WHEN (OLD.owner IS DISTINCT FROM NEW.owner OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.source IS DISTINCT FROM NEW.source
    OR OLD.action IS DISTINCT FROM NEW.action OR OLD.outcome IS DISTINCT FROM NEW.outcome OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION bw_case_stats();
