-- Indexes behind lookups by parent: loading a workout's sets and the list's per-workout totals
-- (workout_set.workout_id), cascading deletes of records, and the check that an exercise being
-- deleted is unused (workout_exercise.exercise_id). Found with bench/progress-queries.sh.
CREATE INDEX workout_set_workout ON workout_set (workout_id);
CREATE INDEX workout_exercise_exercise ON workout_exercise (exercise_id);
CREATE INDEX personal_record_workout ON personal_record (workout_id);
CREATE INDEX personal_record_set ON personal_record (set_id);
