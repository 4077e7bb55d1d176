-- Training profile: everything is stored in SI units (metres, kilograms); the unit system is
-- only how the user enters and sees values.
CREATE TABLE profile (
    user_id                uuid        PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    birth_date             date,
    sex                    varchar(10),
    height_m               numeric(4, 3),
    unit_system            varchar(10) NOT NULL,
    experience             varchar(20),
    goal                   varchar(20),
    training_days_per_week smallint,
    session_minutes        smallint,
    injuries               varchar(500),
    time_zone              varchar(64) NOT NULL,
    updated_at             timestamptz NOT NULL
);

CREATE TABLE profile_equipment (
    user_id   uuid        NOT NULL REFERENCES profile (user_id) ON DELETE CASCADE,
    equipment varchar(20) NOT NULL,
    PRIMARY KEY (user_id, equipment)
);

CREATE TABLE profile_avoided_muscle_group (
    user_id      uuid        NOT NULL REFERENCES profile (user_id) ON DELETE CASCADE,
    muscle_group varchar(20) NOT NULL,
    PRIMARY KEY (user_id, muscle_group)
);

CREATE TABLE body_weight_entry (
    id          uuid          PRIMARY KEY,
    user_id     uuid          NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    measured_on date          NOT NULL,
    weight_kg   numeric(5, 2) NOT NULL,
    note        varchar(200),
    created_at  timestamptz   NOT NULL
);
CREATE INDEX body_weight_entry_history ON body_weight_entry (user_id, measured_on DESC);
