-- In-app notifications, newest first per user.
CREATE TABLE notification (
    id         uuid          PRIMARY KEY,
    user_id    uuid          NOT NULL,
    type       varchar(40)   NOT NULL,   -- WELCOME, WORKOUT_SUMMARY, PERSONAL_RECORD
    title      varchar(200)  NOT NULL,
    body       varchar(2000) NOT NULL,
    data       jsonb         NOT NULL DEFAULT '{}',
    event_id   uuid,                     -- the event that caused it
    created_at timestamptz   NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notification_user_created ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_user_unread ON notification (user_id) WHERE read_at IS NULL;

-- Who a user is, as far as notifications need: learnt from UserRegistered, erased on UserDeleted.
CREATE TABLE recipient (
    user_id      uuid         PRIMARY KEY,
    email        varchar(320) NOT NULL,
    display_name varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

-- Per type and channel: a row only where the user changed the default (everything on).
CREATE TABLE notification_preference (
    user_id uuid        NOT NULL,
    type    varchar(40) NOT NULL,
    channel varchar(10) NOT NULL,   -- IN_APP, EMAIL
    enabled boolean     NOT NULL,
    PRIMARY KEY (user_id, type, channel)
);

-- When email waits: a daily window in the user's time zone (may cross midnight).
CREATE TABLE quiet_hours (
    user_id   uuid        PRIMARY KEY,
    starts_at time        NOT NULL,
    ends_at   time        NOT NULL,
    time_zone varchar(64) NOT NULL
);
