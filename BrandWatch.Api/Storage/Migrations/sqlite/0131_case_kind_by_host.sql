-- Case kinds that say what happened (issue 22): a filing about a domain finds the open case of that host whatever
-- kind the evidence gave it (domain, phishing or counterfeit; see BrandWatch.Rules.Cases.CaseKinds), so a domain case
-- that turns out to collect credentials becomes phishing instead of opening a second case. The lookup is by mark and
-- host among the open cases, which this index serves.
CREATE INDEX ix_cases_open_host ON cases (mark_id, domain) WHERE status <> 'resolved';
