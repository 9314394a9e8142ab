-- Where a case lives and what was done about it, for the brand managers' dashboard (issue 22): the top-level domain,
-- the sponsoring registrar and the hosting network (origin AS) of each case, from its filings' evidence, and the steps
-- of its takedown reports. Counted in case_stats_daily (see 0060) by triggers in the same transactions:
--   tld / registrar / network        cases filed that day by their current value ('' when the evidence does not say)
--   takedown-sent / -acknowledged / -resolved    takedown reports per party, under the day of that step
-- The campaign dimension is read too, but nothing writes it until cases belong to campaigns.
-- Two roll-ups keep the cost of a year's dashboard bounded whatever the number of owners and of values:
--   owner '*'              every owner added up, for the admins' view of all owners (one key seek, like one owner);
--   case_stats_monthly     tld/registrar/network/campaign per month, so a top list over a year reads twelve months
--                          of values and the days of the partial months at its ends, not every day of every value.
-- Both are kept by triggers on case_stats_daily itself, so every trigger that counts a case feeds them.
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

CREATE TABLE case_stats_monthly (
  owner TEXT NOT NULL,
  dimension TEXT NOT NULL,
  month TEXT NOT NULL,               -- yyyy-MM, UTC
  value TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner, dimension, month, value)
) WITHOUT ROWID;

INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT '*', dimension, day, value, SUM(n) FROM case_stats_daily WHERE owner <> '*' GROUP BY dimension, day, value;
INSERT INTO case_stats_monthly (owner, dimension, month, value, n)
  SELECT owner, dimension, substr(day, 1, 7), value, SUM(n) FROM case_stats_daily
  WHERE dimension IN ('tld', 'registrar', 'network', 'campaign') GROUP BY owner, dimension, substr(day, 1, 7), value;

-- An upsert that finds its row updates it, so both an insert and a change of n are passed on.
CREATE TRIGGER case_stats_all_insert AFTER INSERT ON case_stats_daily WHEN new.owner <> '*' BEGIN
  INSERT INTO case_stats_daily VALUES ('*', new.dimension, new.day, new.value, new.n) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER case_stats_all_update AFTER UPDATE OF n ON case_stats_daily WHEN new.owner <> '*' AND new.n <> old.n BEGIN
  INSERT INTO case_stats_daily VALUES ('*', new.dimension, new.day, new.value, new.n - old.n) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER case_stats_month_insert AFTER INSERT ON case_stats_daily WHEN new.dimension IN ('tld', 'registrar', 'network', 'campaign') BEGIN
  INSERT INTO case_stats_monthly VALUES (new.owner, new.dimension, substr(new.day, 1, 7), new.value, new.n) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER case_stats_month_update AFTER UPDATE OF n ON case_stats_daily
WHEN new.dimension IN ('tld', 'registrar', 'network', 'campaign') AND new.n <> old.n BEGIN
  INSERT INTO case_stats_monthly VALUES (new.owner, new.dimension, substr(new.day, 1, 7), new.value, new.n - old.n) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

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
