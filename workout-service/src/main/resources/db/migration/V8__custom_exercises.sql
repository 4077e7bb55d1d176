-- Users' private exercises: names unique per owner, and a quick "does this user have any" lookup.
CREATE UNIQUE INDEX exercise_custom_name ON exercise (owner_id, lower(name)) WHERE owner_id IS NOT NULL;
ALTER TABLE exercise ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
