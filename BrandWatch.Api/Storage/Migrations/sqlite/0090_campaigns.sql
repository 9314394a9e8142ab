-- Campaigns (issue 16): the features of each case that another case may share (a registrant, a name-server set, an
-- address, a certificate, a page template), rewritten at every filing; campaigns are the cases of one owner joined by
-- them. case_campaign keeps the other look-alikes under common control that the pattern criterion (F4) was last
-- scored with, so a filing that changes a campaign re-scores only the cases whose pattern changed.
CREATE TABLE case_features (
  case_id INTEGER NOT NULL REFERENCES cases (id),
  owner TEXT NOT NULL,
  kind TEXT NOT NULL,                -- registrant-email | registrant-organisation | name-servers | ip-address | certificate | page-template
  value TEXT NOT NULL,               -- normalised (see BrandWatch.Rules.Campaigns.CampaignFeatures)
  host TEXT NOT NULL,                -- the case subject's host, so one site's cases count once
  PRIMARY KEY (case_id, kind, value)
);
CREATE INDEX ix_case_features_value ON case_features (kind, value, owner);
CREATE INDEX ix_case_features_owner ON case_features (owner, case_id);

CREATE TABLE case_campaign (
  case_id INTEGER NOT NULL PRIMARY KEY REFERENCES cases (id),
  pattern TEXT NOT NULL,             -- JSON array of hosts, sorted
  updated_at TEXT NOT NULL
);
