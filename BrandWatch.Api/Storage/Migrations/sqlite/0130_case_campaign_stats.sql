-- The dashboard's campaigns with most cases (issue 22): each case carries the id of the campaign it is in (the lowest
-- case id of the campaign, see BrandWatch.Rules.Campaigns.Campaign), set by CampaignStore in the filing transaction
-- that groups it, and NULL when it is in none. A trigger counts it in case_stats_daily under dimension 'campaign', on
-- the case's filing day, with the campaign id as the value; the every-owner rows and the monthly roll-up follow from
-- the triggers of 0110. A case that moves to another campaign (two campaigns merge, a member leaves) moves its count.
-- (When the owner and the campaign change in one update, case_campaign_stats alone moves the count.)
-- Campaigns that exist before this migration are assigned at start-up (CampaignStore.AssignAllAsync).
ALTER TABLE cases ADD COLUMN campaign_id INTEGER NULL;

-- The back-fill, written like the other dimensions' so that bench stats and StatsBackfillTests, which run every
-- migration's back-fill with the roll-up triggers of case_stats_daily dropped, count campaigns too: the owner's rows,
-- the every-owner rows and both months. Here it adds nothing, as every campaign id is still NULL.
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT owner, 'campaign', substr(filed_at, 1, 10), CAST(campaign_id AS TEXT), COUNT(*) FROM cases WHERE campaign_id IS NOT NULL
  GROUP BY owner, substr(filed_at, 1, 10), campaign_id ON CONFLICT DO UPDATE SET n = n + excluded.n;
INSERT INTO case_stats_daily (owner, dimension, day, value, n)
  SELECT '*', 'campaign', substr(filed_at, 1, 10), CAST(campaign_id AS TEXT), COUNT(*) FROM cases WHERE campaign_id IS NOT NULL
  GROUP BY substr(filed_at, 1, 10), campaign_id ON CONFLICT DO UPDATE SET n = n + excluded.n;
INSERT INTO case_stats_monthly (owner, dimension, month, value, n)
  SELECT owner, 'campaign', substr(filed_at, 1, 7), CAST(campaign_id AS TEXT), COUNT(*) FROM cases WHERE campaign_id IS NOT NULL
  GROUP BY owner, substr(filed_at, 1, 7), campaign_id ON CONFLICT DO UPDATE SET n = n + excluded.n;
INSERT INTO case_stats_monthly (owner, dimension, month, value, n)
  SELECT '*', 'campaign', substr(filed_at, 1, 7), CAST(campaign_id AS TEXT), COUNT(*) FROM cases WHERE campaign_id IS NOT NULL
  GROUP BY substr(filed_at, 1, 7), campaign_id ON CONFLICT DO UPDATE SET n = n + excluded.n;

CREATE TRIGGER case_campaign_stats AFTER UPDATE OF campaign_id ON cases WHEN old.campaign_id IS NOT new.campaign_id BEGIN
  UPDATE case_stats_daily SET n = n - 1
    WHERE old.campaign_id IS NOT NULL AND owner = old.owner AND dimension = 'campaign' AND day = substr(old.filed_at, 1, 10) AND value = CAST(old.campaign_id AS TEXT);
  INSERT INTO case_stats_daily SELECT new.owner, 'campaign', substr(new.filed_at, 1, 10), CAST(new.campaign_id AS TEXT), 1
    WHERE new.campaign_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_campaign_owner AFTER UPDATE OF owner ON cases WHEN old.owner <> new.owner AND old.campaign_id IS NOT NULL AND old.campaign_id IS new.campaign_id BEGIN
  UPDATE case_stats_daily SET n = n - 1
    WHERE owner = old.owner AND dimension = 'campaign' AND day = substr(old.filed_at, 1, 10) AND value = CAST(old.campaign_id AS TEXT);
  INSERT INTO case_stats_daily SELECT new.owner, 'campaign', substr(new.filed_at, 1, 10), CAST(new.campaign_id AS TEXT), 1
    WHERE new.campaign_id IS NOT NULL ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_campaign_delete AFTER DELETE ON cases WHEN old.campaign_id IS NOT NULL BEGIN
  UPDATE case_stats_daily SET n = n - 1
    WHERE owner = old.owner AND dimension = 'campaign' AND day = substr(old.filed_at, 1, 10) AND value = CAST(old.campaign_id AS TEXT);
END;
