-- Campaigns (as in sqlite/0090_campaigns.sql): shared features per case, and the pattern each case was last scored with.
CREATE TABLE case_features (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  owner TEXT NOT NULL,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  host TEXT NOT NULL,
  PRIMARY KEY (case_id, kind, value)
);
CREATE INDEX ix_case_features_value ON case_features (kind, value, owner);
CREATE INDEX ix_case_features_owner ON case_features (owner, case_id);

CREATE TABLE case_campaign (
  case_id BIGINT NOT NULL PRIMARY KEY REFERENCES cases (id),
  pattern TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
