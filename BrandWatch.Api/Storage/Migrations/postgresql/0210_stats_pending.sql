-- The counters leave the filing transaction (issue 18). Until now every counting trigger upserted the owner's and the
-- every-owner ('*') rows of case_counts, case_stats_daily and case_stats_monthly inside the writing transaction, so
-- every filing of every Api instance locked the same few rows until its commit: the instances queued behind each
-- other. The triggers now only append deltas, which no two transactions share; bw_stats_roll_up() moves them into the
-- totals (each Api instance calls it every second, one at a time), and the *_now views read totals plus deltas, so
-- the numbers are exact whether the roll-up has run or not. The SQLite engine keeps its triggers (one writer).
CREATE TABLE case_stats_pending (
  owner TEXT NOT NULL,
  dimension TEXT NOT NULL,
  day TEXT NOT NULL,
  value TEXT NOT NULL,
  n BIGINT NOT NULL
);

CREATE TABLE case_counts_pending (
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  n BIGINT NOT NULL
);

-- The monthly roll-up of the top-list dimensions is made from the deltas by bw_stats_roll_up.
CREATE OR REPLACE FUNCTION bw_stats_add(p_owner TEXT, p_dimension TEXT, p_day TEXT, p_value TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats_pending (owner, dimension, day, value, n)
    VALUES (p_owner, p_dimension, p_day, p_value, p_delta), ('*', p_dimension, p_day, p_value, p_delta);
$$;

-- A case's counters under its filing day in one statement (the insert of a case runs this for every filing).
CREATE OR REPLACE FUNCTION bw_stats_filed(c cases, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats_pending (owner, dimension, day, value, n)
    SELECT o, d.dimension, substr(c.filed_at, 1, 10), d.value, p_delta
    FROM (VALUES (c.owner), ('*')) AS owners (o),
      (VALUES ('opened', ''), ('kind', c.kind), ('source', COALESCE(c.source, 'none')), ('action', c.action),
              ('outcome', c.outcome), ('status', c.status)) AS d (dimension, value);
$$;

CREATE OR REPLACE FUNCTION bw_places_filed(c cases, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_stats_pending (owner, dimension, day, value, n)
    SELECT o, d.dimension, substr(c.filed_at, 1, 10), d.value, p_delta
    FROM (VALUES (c.owner), ('*')) AS owners (o),
      (VALUES ('tld', COALESCE(c.tld, '')), ('registrar', COALESCE(c.registrar, '')), ('network', COALESCE(c.network, ''))) AS d (dimension, value);
$$;

CREATE OR REPLACE FUNCTION bw_case_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO case_counts_pending (owner, status, n) VALUES (OLD.owner, OLD.status, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO case_counts_pending (owner, status, n) VALUES (NEW.owner, NEW.status, 1);
  END IF;
  RETURN NULL;
END $$;

-- Moves the deltas committed so far into the totals in one transaction (readers see either side, never half). Only one
-- caller at a time does the work; the others return at once. Answers how many delta rows it moved. (A data-modifying
-- WITH runs once whether or not the outer query reads it.)
CREATE FUNCTION bw_stats_roll_up() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT := 0;
  counted BIGINT := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(7318455413) THEN
    RETURN 0;
  END IF;

  WITH taken AS (DELETE FROM case_stats_pending RETURNING owner, dimension, day, value, n),
  summed AS (SELECT owner, dimension, day, value, SUM(n) AS n FROM taken GROUP BY owner, dimension, day, value),
  daily AS (
    INSERT INTO case_stats_daily AS s (owner, dimension, day, value, n) SELECT owner, dimension, day, value, n FROM summed
      ON CONFLICT (owner, dimension, day, value) DO UPDATE SET n = s.n + EXCLUDED.n),
  monthly AS (
    INSERT INTO case_stats_monthly AS m (owner, dimension, month, value, n)
      SELECT owner, dimension, substr(day, 1, 7), value, SUM(n) FROM summed
      WHERE dimension IN ('tld', 'registrar', 'network', 'campaign') GROUP BY owner, dimension, substr(day, 1, 7), value
      ON CONFLICT (owner, dimension, month, value) DO UPDATE SET n = m.n + EXCLUDED.n)
  SELECT COUNT(*) INTO moved FROM taken;

  WITH taken AS (DELETE FROM case_counts_pending RETURNING owner, status, n),
  totals AS (
    INSERT INTO case_counts AS c (owner, status, n) SELECT owner, status, SUM(n) FROM taken GROUP BY owner, status
      ON CONFLICT (owner, status) DO UPDATE SET n = c.n + EXCLUDED.n)
  SELECT COUNT(*) INTO counted FROM taken;

  RETURN moved + counted;
END $$;

-- What the readers read: the rolled-up totals and the deltas not yet rolled up. A reader's filter on owner, dimension
-- and day reaches the totals' primary key through the UNION ALL.
CREATE VIEW case_stats_daily_now AS
  SELECT owner, dimension, day, value, n FROM case_stats_daily
  UNION ALL
  SELECT owner, dimension, day, value, n FROM case_stats_pending;

CREATE VIEW case_stats_monthly_now AS
  SELECT owner, dimension, month, value, n FROM case_stats_monthly
  UNION ALL
  SELECT owner, dimension, substr(day, 1, 7), value, n FROM case_stats_pending WHERE dimension IN ('tld', 'registrar', 'network', 'campaign');

CREATE VIEW case_counts_now AS
  SELECT owner, status, CAST(SUM(n) AS BIGINT) AS n FROM (
    SELECT owner, status, n FROM case_counts
    UNION ALL
    SELECT owner, status, n FROM case_counts_pending) AS counted
  GROUP BY owner, status;

-- Two look-ups of every filing that grew with the table. The campaign walk counts the sites sharing a feature up to a
-- cap (a CDN address on a million sites must cost no more than on twenty-one): without (kind, value, host) PostgreSQL
-- hashed every holder before the LIMIT. A new case's first-seen time and its earlier cases read cases by (mark, domain),
-- which only the trigram index answered (the partial ix_cases_open_host leaves resolved cases out).
CREATE INDEX ix_case_features_sites ON case_features (kind, value, host);
CREATE INDEX ix_cases_name ON cases (mark_id, domain, id);
