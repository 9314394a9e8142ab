-- PostgreSQL's counting triggers append deltas from this version on (postgresql/0210_stats_pending.sql explains why).
-- SQLite has one writer at a time, so its triggers keep updating the totals in place: nothing changes here.
SELECT 1;
