-- The exercise library: shared exercises (owner_id NULL) and, later, users' private ones.
CREATE TABLE exercise (
    id                uuid         PRIMARY KEY,
    name              varchar(120) NOT NULL,
    category          varchar(20)  NOT NULL,   -- STRENGTH, CARDIO, BODYWEIGHT, FLEXIBILITY, PLYOMETRIC
    muscle_group      varchar(20)  NOT NULL,   -- CHEST, BACK, SHOULDERS, ARMS, LEGS, CORE
    difficulty        varchar(20)  NOT NULL,   -- BEGINNER, INTERMEDIATE, ADVANCED
    equipment         varchar(20)  NOT NULL,
    mechanic          varchar(20),             -- COMPOUND, ISOLATION
    force             varchar(20),             -- PUSH, PULL, STATIC
    tracking          varchar(20)  NOT NULL,   -- WEIGHT_REPS, REPS, DURATION, DISTANCE_DURATION
    met               numeric(4, 1),           -- metabolic equivalent, for energy estimates
    primary_muscles   text[]       NOT NULL,
    secondary_muscles text[]       NOT NULL,
    owner_id          uuid,
    created_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX exercise_shared_name ON exercise (lower(name)) WHERE owner_id IS NULL;
CREATE INDEX exercise_filters ON exercise (category, muscle_group, difficulty, equipment);
