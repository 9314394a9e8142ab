-- Substring search on case domains without scanning every case: an FTS5 trigram index (LIKE '%text%' uses it for
-- patterns of three or more characters). A case's domain never changes after filing, so an insert trigger suffices.
CREATE VIRTUAL TABLE case_search USING fts5 (domain, tokenize = 'trigram', detail = 'none');
INSERT INTO case_search (rowid, domain) SELECT id, domain FROM cases;
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_search (rowid, domain) VALUES (new.id, new.domain);
END;
