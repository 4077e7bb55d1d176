-- Five years of one lifter's history in a database of 1,000 users (bench/progress-queries.sh).
-- User 00000000-0000-0000-0000-000000000001 logs 1,001 workouts over five years, six exercises of
-- five sets each (30,030 sets); 999 others log 100 workouts over the last year (~3 million sets).
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_exercise AS
    SELECT row_number() OVER (ORDER BY name) - 1 AS k, id FROM (
        SELECT name, id FROM exercise
        WHERE owner_id IS NULL AND category = 'STRENGTH' AND equipment IN ('BARBELL', 'DUMBBELL', 'MACHINE', 'CABLE')
        ORDER BY name LIMIT 24) picked;
CREATE TEMP TABLE bench_user AS
    SELECT n, CASE WHEN n = 1 THEN '00000000-0000-0000-0000-000000000001'::uuid ELSE gen_random_uuid() END AS id
    FROM generate_series(1, 1000) n;
CREATE TEMP TABLE bench_workout AS
    SELECT gen_random_uuid() AS id, u.id AS owner, w,
           CASE WHEN u.n = 1 THEN now() - interval '5 years' + w * interval '43.8 hours'
                ELSE now() - interval '1 year' + w * interval '87.6 hours' + (u.n % 48) * interval '1 hour' END AS started_at
    FROM bench_user u, generate_series(0, CASE WHEN u.n = 1 THEN 1000 ELSE 99 END) w;

INSERT INTO workout (id, owner_id, name, started_at, ended_at, status)
    SELECT id, owner, 'Session ' || w, started_at, started_at + interval '70 minutes', 'COMPLETED' FROM bench_workout;
INSERT INTO workout_exercise (id, workout_id, position, exercise_id)
    SELECT gen_random_uuid(), bw.id, p, e.id
    FROM bench_workout bw CROSS JOIN generate_series(0, 5) p JOIN bench_exercise e ON e.k = (bw.w * 6 + p) % 24;
INSERT INTO workout_set (id, workout_exercise_id, workout_id, owner_id, exercise_id, performed_at, position, type,
                         reps, weight_kg, rpe, completed)
    SELECT gen_random_uuid(), we.id, we.workout_id, bw.owner, we.exercise_id, bw.started_at, s,
           CASE WHEN s = 0 THEN 'WARMUP' ELSE 'WORKING' END, 5 + (s + bw.w) % 6,
           round((40 + bw.w * 0.05 + s * 2.5)::numeric, 1), CASE WHEN s > 0 THEN 8 END, true
    FROM workout_exercise we JOIN bench_workout bw ON bw.id = we.workout_id CROSS JOIN generate_series(0, 4) s;
-- Records as RecordKeeper keeps them (heaviest set per exercise), for every user.
INSERT INTO personal_record (owner_id, exercise_id, kind, weight_kg, value, workout_id, set_id, achieved_at)
    SELECT DISTINCT ON (owner_id, exercise_id) owner_id, exercise_id, 'HEAVIEST_WEIGHT', 0, weight_kg, workout_id, id,
           performed_at
    FROM workout_set WHERE type <> 'WARMUP' ORDER BY owner_id, exercise_id, weight_kg DESC, performed_at;
ANALYZE;
SELECT (SELECT count(*) FROM workout) AS workouts, (SELECT count(*) FROM workout_set) AS sets,
       (SELECT count(*) FROM workout_set WHERE owner_id = '00000000-0000-0000-0000-000000000001') AS lifter_sets;
