-- A new case's first-seen time and its count of earlier cases read cases by (mark, domain), resolved ones included
-- (SightingStore.FirstSeenOfNewCase and EarlierCasesOfName). PostgreSQL got this index in 0210; here the partial
-- ix_cases_open_host leaves resolved cases out, so both read every case of the mark through ix_cases_mark: at 1,000,000
-- cases over 97 marks, about 10,000 rows twice for every new filing, and a few filings a second.
CREATE INDEX ix_cases_name ON cases (mark_id, domain, id);
