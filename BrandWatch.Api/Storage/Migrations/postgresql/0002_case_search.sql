-- Substring search on case domains (the list's text filter, c.domain ILIKE '%text%'): a pg_trgm GIN index, the
-- PostgreSQL counterpart of SQLite's FTS5 trigram table. pg_trgm ships with PostgreSQL (contrib) and is a trusted
-- extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_cases_domain_trgm ON cases USING gin (domain gin_trgm_ops);
