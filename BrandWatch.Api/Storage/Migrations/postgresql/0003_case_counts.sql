-- Cases per (owner, status), kept by a trigger inside every writing transaction (as in sqlite/0003_case_counts.sql).
-- The upsert is atomic across concurrent transactions of different Api instances.
CREATE TABLE case_counts (
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (owner, status)
);
INSERT INTO case_counts (owner, status, n) SELECT owner, status, COUNT(*) FROM cases GROUP BY owner, status;

CREATE FUNCTION bw_case_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE case_counts SET n = n - 1 WHERE owner = OLD.owner AND status = OLD.status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO case_counts AS c (owner, status, n) VALUES (NEW.owner, NEW.status, 1)
      ON CONFLICT (owner, status) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER case_counts_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION bw_case_counts();
CREATE TRIGGER case_counts_update AFTER UPDATE OF owner, status ON cases FOR EACH ROW
  WHEN (OLD.owner <> NEW.owner OR OLD.status <> NEW.status) EXECUTE FUNCTION bw_case_counts();
CREATE TRIGGER case_counts_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION bw_case_counts();
