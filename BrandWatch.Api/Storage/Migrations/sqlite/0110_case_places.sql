-- Where a case lives and what was done about it, for the brand managers' dashboard (issue 22): the top-level domain,
-- the sponsoring registrar and the hosting network (origin AS) of each case, from its filings' evidence, and the steps
-- of its takedown reports. Counted in case_stats_daily (see 0060) by triggers in the same transactions:
--   tld / registrar / network        cases filed that day by their current value ('' when the evidence does not say)
--   takedown-sent / -acknowledged / -resolved    takedown reports per party, under the day of that step
-- The campaign dimension is read too, but nothing writes it until cases belong to campaigns.
ALTER TABLE cases ADD COLUMN tld TEXT NULL;
ALTER TABLE cases ADD COLUMN registrar TEXT NULL;
ALTER TABLE cases ADD COLUMN network TEXT NULL;

-- The last label of the host name: rtrim drops the trailing run of non-dot characters, whose length is the label's.
UPDATE cases SET tld = lower(substr(domain, length(rtrim(domain, replace(domain, '.', ''))) + 1)) WHERE instr(domain, '.') > 0;
UPDATE cases SET
  registrar = (SELECT substr(json_extract(CAST(f.body AS TEXT), '$.evidence.registration.registrarName'), 1, 200)
               FROM case_filings f WHERE f.case_id = cases.id AND json_valid(CAST(f.body AS TEXT))
               AND json_extract(CAST(f.body AS TEXT), '$.evidence.registration.registrarName') IS NOT NULL ORDER BY f.id DESC LIMIT 1),
  network = (SELECT 'AS' || json_extract(CAST(f.body AS TEXT), '$.evidence.networks[0].autonomousSystem.number')
                    || COALESCE(' ' || substr(json_extract(CAST(f.body AS TEXT), '$.evidence.networks[0].autonomousSystem.name'), 1, 100), '')
             FROM case_filings f WHERE f.case_id = cases.id AND json_valid(CAST(f.body AS TEXT))
             AND json_extract(CAST(f.body AS TEXT), '$.evidence.networks[0].autonomousSystem.number') IS NOT NULL ORDER BY f.id DESC LIMIT 1);

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

-- The dashboard for every owner at once (admins) reads one dimension over a range of days across owners.
CREATE INDEX ix_case_stats_daily_dimension ON case_stats_daily (dimension, day);

CREATE TRIGGER case_places_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_stats_daily VALUES (new.owner, 'tld', substr(new.filed_at, 1, 10), COALESCE(new.tld, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'registrar', substr(new.filed_at, 1, 10), COALESCE(new.registrar, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'network', substr(new.filed_at, 1, 10), COALESCE(new.network, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_places_delete AFTER DELETE ON cases BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = old.owner AND day = substr(old.filed_at, 1, 10) AND (
    (dimension = 'tld' AND value = COALESCE(old.tld, '')) OR (dimension = 'registrar' AND value = COALESCE(old.registrar, ''))
    OR (dimension = 'network' AND value = COALESCE(old.network, '')));
END;

CREATE TRIGGER case_places_owner AFTER UPDATE OF owner ON cases WHEN old.owner <> new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = old.owner AND day = substr(old.filed_at, 1, 10) AND (
    (dimension = 'tld' AND value = COALESCE(old.tld, '')) OR (dimension = 'registrar' AND value = COALESCE(old.registrar, ''))
    OR (dimension = 'network' AND value = COALESCE(old.network, '')));
  INSERT INTO case_stats_daily VALUES (new.owner, 'tld', substr(new.filed_at, 1, 10), COALESCE(new.tld, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'registrar', substr(new.filed_at, 1, 10), COALESCE(new.registrar, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO case_stats_daily VALUES (new.owner, 'network', substr(new.filed_at, 1, 10), COALESCE(new.network, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_places_tld AFTER UPDATE OF tld ON cases WHEN old.tld IS NOT new.tld AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'tld' AND day = substr(new.filed_at, 1, 10) AND value = COALESCE(old.tld, '');
  INSERT INTO case_stats_daily VALUES (new.owner, 'tld', substr(new.filed_at, 1, 10), COALESCE(new.tld, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_places_registrar AFTER UPDATE OF registrar ON cases WHEN old.registrar IS NOT new.registrar AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'registrar' AND day = substr(new.filed_at, 1, 10) AND value = COALESCE(old.registrar, '');
  INSERT INTO case_stats_daily VALUES (new.owner, 'registrar', substr(new.filed_at, 1, 10), COALESCE(new.registrar, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_places_network AFTER UPDATE OF network ON cases WHEN old.network IS NOT new.network AND old.owner = new.owner BEGIN
  UPDATE case_stats_daily SET n = n - 1 WHERE owner = new.owner AND dimension = 'network' AND day = substr(new.filed_at, 1, 10) AND value = COALESCE(old.network, '');
  INSERT INTO case_stats_daily VALUES (new.owner, 'network', substr(new.filed_at, 1, 10), COALESCE(new.network, ''), 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- Takedown states only move forward (0050), so each step is counted once, on the day it happened.
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
