-- Cases per (owner, status), kept by triggers inside every writing transaction, so the status counts of the review
-- queue are read from a few rows instead of counting every case.
CREATE TABLE case_counts (
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (owner, status)
);
INSERT INTO case_counts (owner, status, n) SELECT owner, status, COUNT(*) FROM cases GROUP BY owner, status;

CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_counts (owner, status, n) VALUES (new.owner, new.status, 1)
    ON CONFLICT (owner, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_counts_update AFTER UPDATE OF owner, status ON cases
WHEN old.owner <> new.owner OR old.status <> new.status BEGIN
  UPDATE case_counts SET n = n - 1 WHERE owner = old.owner AND status = old.status;
  INSERT INTO case_counts (owner, status, n) VALUES (new.owner, new.status, 1)
    ON CONFLICT (owner, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN
  UPDATE case_counts SET n = n - 1 WHERE owner = old.owner AND status = old.status;
END;
