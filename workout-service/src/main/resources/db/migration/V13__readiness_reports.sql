-- How sore a user says their muscles are (0 none, 10 worst), per report: the coach's recovery
-- model defers to it for a day and fades back to its own estimate over the next.
CREATE TABLE readiness_report (
    id          uuid        PRIMARY KEY,
    owner_id    uuid        NOT NULL,
    reported_at timestamptz NOT NULL,
    soreness    jsonb       NOT NULL
);
CREATE INDEX readiness_report_recent ON readiness_report (owner_id, reported_at DESC);
