-- SQLite gets PostgreSQL's ix_cases_name (0210) in this version (sqlite/0230_case_name_index.sql explains why): nothing changes here.
SELECT 1;
