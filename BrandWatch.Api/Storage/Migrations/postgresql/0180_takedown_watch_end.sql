-- Takedown follow-up, a bounded watch (issue 17): a site seen gone is watched for Enforcement:WatchGoneFor (90 days)
-- after it was first seen gone, so that a return is caught; then the report is closed as done (resolved, if it was not
-- yet) and watch_ended_at says when the follow-up stopped looking. A plain added column: no table rebuild, so the
-- takedown counters' triggers stay.
ALTER TABLE takedown_actions ADD COLUMN watch_ended_at TEXT;
