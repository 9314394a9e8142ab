-- PostgreSQL counts new cases with one statement trigger from this version on (postgresql/0220_case_counters_per_statement.sql
-- explains why). SQLite's row triggers update its totals in place in-process: nothing changes here.
SELECT 1;
