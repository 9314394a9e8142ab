-- Where a case lives and what was done about it (as in sqlite/0110_case_places.sql, which explains the dimensions):
-- tld, registrar and network of each case, and the steps of its takedown reports, counted in case_stats_daily by
-- triggers in the same transactions, with the every-owner ('*') rows and the monthly roll-up of the top-list
-- dimensions, both kept by bw_stats_add, through which every counting trigger writes.
ALTER TABLE cases ADD COLUMN tld TEXT NULL;
ALTER TABLE cases ADD COLUMN registrar TEXT NULL;
ALTER TABLE cases ADD COLUMN network TEXT NULL;

UPDATE cases SET tld = lower(substring(domain from '[^.]*$')) WHERE strpos(domain, '.') > 0;
UPDATE cases SET
  registrar = (SELECT substr(convert_from(f.body, 'UTF8')::jsonb #>> '{evidence,registration,registrarName}', 1, 200)
               FROM case_filings f WHERE f.case_id = cases.id
               AND convert_from(f.body, 'UTF8')::jsonb #>> '{evidence,registration,registrarName}' IS NOT NULL ORDER BY f.id DESC LIMIT 1),
  network = (SELECT 'AS' || (convert_from(f.body, 'UTF8')::jsonb #>> '{evidence,networks,0,autonomousSystem,number}')
                    || COALESCE(' ' || substr(convert_from(f.body, 'UTF8')::jsonb #>> '{evidence,networks,0,autonomousSystem,name}', 1, 100), '')
             FROM case_filings f WHERE f.case_id = cases.id
             AND convert_from(f.body, 'UTF8')::jsonb #>> '{evidence,networks,0,autonomousSystem,number}' IS NOT NULL ORDER BY f.id DESC LIMIT 1);

INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'tld', substr(filed_at, 1, 10), COALESCE(tld, ''), COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), COALESCE(tld, '');
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'registrar', substr(filed_at, 1, 10), COALESCE(registrar, ''), COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), COALESCE(registrar, '');
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'network', substr(filed_at, 1, 10), COALESCE(network, ''), COUNT(*) FROM cases GROUP BY owner, substr(filed_at, 1, 10), COALESCE(network, '');
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT c.owner, 'takedown-sent', substr(t.sent_at, 1, 10), t.party, COUNT(*) FROM takedown_actions t JOIN cases c ON c.id = t.case_id
  GROUP BY c.owner, substr(t.sent_at, 1, 10), t.party;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT c.owner, 'takedown-acknowledged', substr(t.acknowledged_at, 1, 10), t.party, COUNT(*) FROM takedown_actions t JOIN cases c ON c.id = t.case_id
  WHERE t.acknowledged_at IS NOT NULL GROUP BY c.owner, substr(t.acknowledged_at, 1, 10), t.party;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT c.owner, 'takedown-resolved', substr(t.resolved_at, 1, 10), t.party, COUNT(*) FROM takedown_actions t JOIN cases c ON c.id = t.case_id
  WHERE t.resolved_at IS NOT NULL GROUP BY c.owner, substr(t.resolved_at, 1, 10), t.party;

CREATE TABLE case_stats_monthly (
  owner TEXT NOT NULL,
  dimension TEXT NOT NULL,
  month TEXT NOT NULL,
  value TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (owner, dimension, month, value)
);

INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT '*', dimension, day, value, SUM(n) FROM case_stats_daily WHERE owner <> '*' GROUP BY dimension, day, value;
INSERT INTO case_stats_monthly (owner, dimension, month, value, n)
  SELECT owner, dimension, substr(day, 1, 7), value, SUM(n) FROM case_stats_daily
  WHERE dimension IN ('tld', 'registrar', 'network', 'campaign') GROUP BY owner, dimension, substr(day, 1, 7), value;

-- Every counter change goes to the owner's row and to the every-owner row, and the top-list dimensions to their months.
CREATE OR REPLACE FUNCTION bw_stats_add(p_owner TEXT, p_dimension TEXT, p_day TEXT, p_value TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats_daily AS s (owner, dimension, day, value, n) VALUES (p_owner, p_dimension, p_day, p_value, p_delta), ('*', p_dimension, p_day, p_value, p_delta)
    ON CONFLICT (owner, dimension, day, value) DO UPDATE SET n = s.n + EXCLUDED.n;
  INSERT INTO case_stats_monthly AS m (owner, dimension, month, value, n)
    SELECT o, p_dimension, substr(p_day, 1, 7), p_value, p_delta FROM (VALUES (p_owner), ('*')) AS owners (o)
    WHERE p_dimension IN ('tld', 'registrar', 'network', 'campaign')
    ON CONFLICT (owner, dimension, month, value) DO UPDATE SET n = m.n + EXCLUDED.n;
$$;

CREATE FUNCTION bw_places_filed(c cases, p_delta BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d TEXT := substr(c.filed_at, 1, 10);
BEGIN
  PERFORM bw_stats_add(c.owner, 'tld', d, COALESCE(c.tld, ''), p_delta);
  PERFORM bw_stats_add(c.owner, 'registrar', d, COALESCE(c.registrar, ''), p_delta);
  PERFORM bw_stats_add(c.owner, 'network', d, COALESCE(c.network, ''), p_delta);
END $$;

CREATE FUNCTION bw_case_places() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_places_filed(NEW, 1);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM bw_places_filed(OLD, -1);
    RETURN NULL;
  END IF;
  IF OLD.owner <> NEW.owner THEN
    PERFORM bw_places_filed(OLD, -1);
    PERFORM bw_places_filed(NEW, 1);
    RETURN NULL;
  END IF;
  d := substr(NEW.filed_at, 1, 10);
  IF OLD.tld IS DISTINCT FROM NEW.tld THEN
    PERFORM bw_stats_add(NEW.owner, 'tld', d, COALESCE(OLD.tld, ''), -1);
    PERFORM bw_stats_add(NEW.owner, 'tld', d, COALESCE(NEW.tld, ''), 1);
  END IF;
  IF OLD.registrar IS DISTINCT FROM NEW.registrar THEN
    PERFORM bw_stats_add(NEW.owner, 'registrar', d, COALESCE(OLD.registrar, ''), -1);
    PERFORM bw_stats_add(NEW.owner, 'registrar', d, COALESCE(NEW.registrar, ''), 1);
  END IF;
  IF OLD.network IS DISTINCT FROM NEW.network THEN
    PERFORM bw_stats_add(NEW.owner, 'network', d, COALESCE(OLD.network, ''), -1);
    PERFORM bw_stats_add(NEW.owner, 'network', d, COALESCE(NEW.network, ''), 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER case_places_insert_delete AFTER INSERT OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION bw_case_places();
CREATE TRIGGER case_places_update AFTER UPDATE OF owner, tld, registrar, network ON cases FOR EACH ROW
  WHEN (OLD.owner IS DISTINCT FROM NEW.owner OR OLD.tld IS DISTINCT FROM NEW.tld OR OLD.registrar IS DISTINCT FROM NEW.registrar
    OR OLD.network IS DISTINCT FROM NEW.network)
  EXECUTE FUNCTION bw_case_places();

-- Takedown states only move forward (0050), so each step is counted once, on the day it happened.
CREATE FUNCTION bw_takedown_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o TEXT;
BEGIN
  SELECT owner INTO o FROM cases WHERE id = NEW.case_id;
  IF o IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_stats_add(o, 'takedown-sent', substr(NEW.sent_at, 1, 10), NEW.party, 1);
  END IF;
  IF NEW.acknowledged_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.acknowledged_at IS NULL) THEN
    PERFORM bw_stats_add(o, 'takedown-acknowledged', substr(NEW.acknowledged_at, 1, 10), NEW.party, 1);
  END IF;
  IF NEW.resolved_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.resolved_at IS NULL) THEN
    PERFORM bw_stats_add(o, 'takedown-resolved', substr(NEW.resolved_at, 1, 10), NEW.party, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER takedown_stats_insert AFTER INSERT ON takedown_actions FOR EACH ROW EXECUTE FUNCTION bw_takedown_stats();
CREATE TRIGGER takedown_stats_update AFTER UPDATE OF acknowledged_at, resolved_at ON takedown_actions FOR EACH ROW
  WHEN (OLD.acknowledged_at IS DISTINCT FROM NEW.acknowledged_at OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at)
  EXECUTE FUNCTION bw_takedown_stats();
