-- The campaign each case is in, counted for the dashboard (as in sqlite/0130_case_campaign_stats.sql, which explains
-- it), through bw_stats_add so the every-owner rows and the monthly roll-up follow.
ALTER TABLE cases ADD COLUMN campaign_id BIGINT NULL;

CREATE FUNCTION bw_case_campaign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.campaign_id IS NOT NULL THEN
    PERFORM bw_stats_add(OLD.owner, 'campaign', substr(OLD.filed_at, 1, 10), OLD.campaign_id::TEXT, -1);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.campaign_id IS NOT NULL THEN
    PERFORM bw_stats_add(NEW.owner, 'campaign', substr(NEW.filed_at, 1, 10), NEW.campaign_id::TEXT, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER case_campaign_delete AFTER DELETE ON cases FOR EACH ROW WHEN (OLD.campaign_id IS NOT NULL) EXECUTE FUNCTION bw_case_campaign();
CREATE TRIGGER case_campaign_update AFTER UPDATE OF owner, campaign_id ON cases FOR EACH ROW
  WHEN (OLD.campaign_id IS DISTINCT FROM NEW.campaign_id OR (OLD.owner IS DISTINCT FROM NEW.owner AND NEW.campaign_id IS NOT NULL))
  EXECUTE FUNCTION bw_case_campaign();
