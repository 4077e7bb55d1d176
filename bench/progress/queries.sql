-- The progress reads for the five-year lifter, exactly as workout-service sends them (see
-- ProgressQueries, RecordKeeper and WorkoutRepository), with literal parameters.
-- name: exercise history, all five years (GET /progress/exercises/{id})
SELECT s.id, s.workout_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s, s.distance_m, s.completed
FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :'lifter' AND w.status = 'COMPLETED'
WHERE s.owner_id = :'lifter' AND s.exercise_id = :'exercise' AND s.performed_at >= '1970-01-01' AND s.performed_at < now() + interval '2 days'
ORDER BY s.performed_at, s.id;
-- name: weekly volume, 12 weeks (GET /progress/volume)
SELECT s.id, s.workout_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s, s.distance_m, s.completed,
       e.muscle_group, e.secondary_muscles
FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :'lifter' AND w.status = 'COMPLETED' JOIN exercise e ON e.id = s.exercise_id
WHERE s.owner_id = :'lifter' AND s.performed_at >= now() - interval '12 weeks' AND s.performed_at < now() + interval '1 week'
  AND w.started_at >= now() - interval '12 weeks' AND w.started_at < now() + interval '1 week';
-- name: weekly volume, 52 weeks (GET /progress/volume?weeks=52)
SELECT s.id, s.workout_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s, s.distance_m, s.completed,
       e.muscle_group, e.secondary_muscles
FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :'lifter' AND w.status = 'COMPLETED' JOIN exercise e ON e.id = s.exercise_id
WHERE s.owner_id = :'lifter' AND s.performed_at >= now() - interval '52 weeks' AND s.performed_at < now() + interval '1 week'
  AND w.started_at >= now() - interval '52 weeks' AND w.started_at < now() + interval '1 week';
-- name: completed workouts, 12 weeks (GET /progress/summary)
SELECT started_at, ended_at, routine_id FROM workout
WHERE owner_id = :'lifter' AND status = 'COMPLETED' AND started_at >= now() - interval '12 weeks' AND started_at < now() + interval '1 day'
ORDER BY started_at;
-- name: training days, all history (GET /progress/summary streaks)
SELECT started_at FROM workout WHERE owner_id = :'lifter' AND status = 'COMPLETED';
-- name: records (GET /progress/records)
SELECT exercise_id, kind, weight_kg, value, workout_id, set_id, achieved_at FROM personal_record
WHERE owner_id = :'lifter' AND (CAST(NULL AS uuid) IS NULL OR exercise_id = CAST(NULL AS uuid))
ORDER BY exercise_id, kind, weight_kg DESC;
-- name: record recompute on completion, one exercise's history (POST /workouts/{id}/complete)
SELECT s.id, s.workout_id, s.exercise_id, s.performed_at, s.type, s.reps, s.weight_kg, s.rpe, s.rir, s.duration_s, s.distance_m, s.completed
FROM workout_set s JOIN workout w ON w.id = s.workout_id AND w.owner_id = :'lifter'
WHERE s.owner_id = :'lifter' AND s.exercise_id IN (:'exercise') AND w.status = 'COMPLETED';
-- name: workout list, first page (GET /workouts)
SELECT w.id, w.name, w.started_at, w.ended_at, w.status,
       (SELECT count(*) FROM workout_exercise e WHERE e.workout_id = w.id) AS exercise_count,
       (SELECT count(*) FROM workout_set s WHERE s.workout_id = w.id AND s.completed) AS completed_sets,
       (SELECT coalesce(sum(s.weight_kg * s.reps), 0) FROM workout_set s WHERE s.workout_id = w.id AND s.completed AND s.type <> 'WARMUP') AS volume_kg
FROM workout w WHERE w.owner_id = :'lifter' ORDER BY w.started_at DESC, w.id LIMIT 20 OFFSET 0;
