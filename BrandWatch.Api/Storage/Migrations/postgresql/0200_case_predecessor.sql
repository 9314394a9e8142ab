-- A case filed for a name whose earlier case was resolved follows that case (issue 15: a name that comes back is linked
-- to its predecessor instead of opening an unrelated case).
ALTER TABLE cases ADD COLUMN IF NOT EXISTS predecessor_id BIGINT NULL REFERENCES cases (id);
