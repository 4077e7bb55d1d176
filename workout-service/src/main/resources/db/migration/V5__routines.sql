-- Routines: a plan of training days. Templates are routines without an owner; users copy them.
CREATE TABLE routine (
    id                uuid          PRIMARY KEY,
    owner_id          uuid,                      -- NULL for the system's templates
    name              varchar(120)  NOT NULL,
    description       varchar(2000),
    goal              varchar(20)   NOT NULL,    -- STRENGTH, HYPERTROPHY, ENDURANCE, FAT_LOSS, GENERAL_FITNESS
    level             varchar(20)   NOT NULL,    -- BEGINNER, INTERMEDIATE, ADVANCED
    days_per_week     smallint      NOT NULL CHECK (days_per_week BETWEEN 1 AND 7),
    published_at      timestamptz,               -- published routines are visible to everyone and can be rated
    source_routine_id uuid,                      -- the template or published routine this was copied from
    copies            integer       NOT NULL DEFAULT 0,
    activated_at      timestamptz,               -- set on the owner's one active routine
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX routine_owner ON routine (owner_id, created_at DESC);
CREATE UNIQUE INDEX routine_one_active_per_owner ON routine (owner_id) WHERE activated_at IS NOT NULL;
CREATE INDEX routine_published ON routine (level, days_per_week, goal) WHERE published_at IS NOT NULL;

CREATE TABLE routine_day (
    id         uuid         PRIMARY KEY,
    routine_id uuid         NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    position   smallint     NOT NULL,
    name       varchar(80)  NOT NULL,
    UNIQUE (routine_id, position)
);

-- A prescribed exercise. rule holds the progression rule, state the rule's memory and the next
-- session's targets (both JSON, read and written by the routine feature's plain-Java engine).
CREATE TABLE routine_exercise (
    id             uuid          PRIMARY KEY,
    day_id         uuid          NOT NULL REFERENCES routine_day (id) ON DELETE CASCADE,
    position       smallint      NOT NULL,
    exercise_id    uuid          NOT NULL REFERENCES exercise (id),
    superset_group smallint,
    sets           smallint      NOT NULL CHECK (sets BETWEEN 1 AND 20),
    rep_min        smallint      NOT NULL CHECK (rep_min BETWEEN 1 AND 100),
    rep_max        smallint      NOT NULL CHECK (rep_max BETWEEN 1 AND 100),
    target_rpe     numeric(3, 1),
    percent_1rm    numeric(4, 1),
    rest_s         integer,
    rule           jsonb         NOT NULL,
    state          jsonb         NOT NULL,
    last_decision  varchar(300),
    UNIQUE (day_id, position),
    CHECK (rep_min <= rep_max)
);

CREATE TABLE routine_rating (
    routine_id uuid        NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL,
    stars      smallint    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (routine_id, user_id)
);

ALTER TABLE workout ADD CONSTRAINT workout_routine FOREIGN KEY (routine_id) REFERENCES routine (id) ON DELETE SET NULL;
CREATE INDEX workout_routine ON workout (routine_id) WHERE routine_id IS NOT NULL;
