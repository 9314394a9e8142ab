-- Subscriptions filter by verdict outcome, recommended action and source as well (JSON arrays; [] = all), so a brand
-- manager can ask for "likely cases to take down, found in certificate logs" in the words of the dashboard.
ALTER TABLE alert_subscriptions ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE alert_subscriptions ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE alert_subscriptions ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
