-- A routine may schedule a deload week: every Nth week since it was activated, half the sets at
-- 90 % of the load (the coach's plans do, every 4 or 6 weeks). NULL: no scheduled deloads.
ALTER TABLE routine ADD COLUMN deload_every_weeks smallint
    CHECK (deload_every_weeks BETWEEN 2 AND 12);
