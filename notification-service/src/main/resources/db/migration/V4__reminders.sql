-- Workout reminders and "streak at risk" nudges: chosen weekdays at a local time in the user's zone.
-- next_fire_at is the next instant it is due; the scheduler advances it in the transaction that
-- fires it, so a reminder fires once however many replicas run the scheduler.
CREATE TABLE reminder (
    id            uuid         PRIMARY KEY,
    user_id       uuid         NOT NULL,
    kind          varchar(20)  NOT NULL,   -- WORKOUT, STREAK_AT_RISK
    weekdays      varchar(100) NOT NULL,   -- comma-separated ISO day names, MONDAY,WEDNESDAY
    local_time    time         NOT NULL,
    time_zone     varchar(64)  NOT NULL,
    enabled       boolean      NOT NULL,
    next_fire_at  timestamptz  NOT NULL,
    last_fired_at timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX reminder_due ON reminder (next_fire_at) WHERE enabled;
CREATE INDEX reminder_user ON reminder (user_id);

-- The latest workout per user, from WorkoutCompleted, for "streak at risk".
CREATE TABLE training_activity (
    user_id         uuid        PRIMARY KEY,
    last_workout_at timestamptz NOT NULL,
    week_streak     integer     NOT NULL
);
