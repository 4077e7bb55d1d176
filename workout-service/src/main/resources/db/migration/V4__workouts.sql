-- Logged workouts. A workout holds an ordered list of exercises; each holds an ordered list of sets.
-- Weights are kilograms, distances metres, durations seconds, whatever unit the user typed.
CREATE TABLE workout (
    id             uuid          PRIMARY KEY,
    owner_id       uuid          NOT NULL,
    name           varchar(120)  NOT NULL,
    notes          varchar(2000),
    started_at     timestamptz   NOT NULL,
    ended_at       timestamptz,
    status         varchar(12)   NOT NULL,   -- IN_PROGRESS, COMPLETED
    routine_id     uuid,                     -- set when started from a routine day
    routine_day_id uuid,
    version        integer       NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT workout_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- Listing by date and the per-week analytics read a user's workouts in start order.
CREATE INDEX workout_owner_started ON workout (owner_id, started_at DESC);

CREATE TABLE workout_exercise (
    id             uuid         PRIMARY KEY,
    workout_id     uuid         NOT NULL REFERENCES workout (id) ON DELETE CASCADE,
    position       smallint     NOT NULL,
    exercise_id    uuid         NOT NULL REFERENCES exercise (id),
    superset_group smallint,              -- exercises sharing a number are done as a superset
    notes          varchar(500),
    UNIQUE (workout_id, position)
);

-- owner_id, exercise_id and performed_at repeat the parents' values so that progress queries
-- over years of history read one index range instead of joining three tables.
CREATE TABLE workout_set (
    id                  uuid          PRIMARY KEY,
    workout_exercise_id uuid          NOT NULL REFERENCES workout_exercise (id) ON DELETE CASCADE,
    workout_id          uuid          NOT NULL REFERENCES workout (id) ON DELETE CASCADE,
    owner_id            uuid          NOT NULL,
    exercise_id         uuid          NOT NULL,
    performed_at        timestamptz   NOT NULL,
    position            smallint      NOT NULL,
    type                varchar(10)   NOT NULL,   -- WARMUP, WORKING, DROP, FAILURE
    reps                smallint,
    weight_kg           numeric(6, 2),
    rpe                 numeric(3, 1),
    rir                 smallint,
    duration_s          integer,
    distance_m          numeric(9, 1),
    rest_s              integer,
    completed           boolean       NOT NULL,
    UNIQUE (workout_exercise_id, position)
);
CREATE INDEX workout_set_owner_exercise ON workout_set (owner_id, exercise_id, performed_at);
CREATE INDEX workout_set_owner_performed ON workout_set (owner_id, performed_at);

-- A user's current personal records, recomputed per exercise from their completed workouts.
-- Each keeps the set that made it.
CREATE TABLE personal_record (
    owner_id     uuid          NOT NULL,
    exercise_id  uuid          NOT NULL,
    kind         varchar(20)   NOT NULL,   -- HEAVIEST_WEIGHT, REPS_AT_WEIGHT, ESTIMATED_1RM, SESSION_VOLUME, LONGEST_DISTANCE, FASTEST_PACE
    weight_kg    numeric(6, 2) NOT NULL DEFAULT 0,   -- the weight a REPS_AT_WEIGHT record is for, else 0
    value        numeric(12, 2) NOT NULL,
    workout_id   uuid          NOT NULL REFERENCES workout (id) ON DELETE CASCADE,
    set_id       uuid          REFERENCES workout_set (id) ON DELETE CASCADE,   -- NULL for SESSION_VOLUME
    achieved_at  timestamptz   NOT NULL,
    PRIMARY KEY (owner_id, exercise_id, kind, weight_kg)
);
