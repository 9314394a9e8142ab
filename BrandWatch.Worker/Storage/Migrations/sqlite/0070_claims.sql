-- Claims and leases: which Worker instance holds a work item, a content item or a feed's cursor, and until when. A
-- claim whose lease has run out (its instance died) may be taken by any instance. One SQLite file serves one Worker,
-- which gives back every claim at start-up; the columns are here so that both engines run the same SQL.
ALTER TABLE work_item ADD COLUMN claimed_by TEXT;
ALTER TABLE work_item ADD COLUMN lease_until TEXT;
ALTER TABLE content_item ADD COLUMN claimed_by TEXT;
ALTER TABLE content_item ADD COLUMN lease_until TEXT;
ALTER TABLE feed_cursor ADD COLUMN claimed_by TEXT;
ALTER TABLE feed_cursor ADD COLUMN lease_until TEXT;
