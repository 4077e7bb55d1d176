-- Transactional outbox (common-lib's OutboxPublisher writes it, OutboxRelay delivers from it):
-- an event row is written in the same transaction as the change that caused it.
CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    type            varchar(100) NOT NULL,
    subject         uuid         NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    version         integer      NOT NULL,
    payload         jsonb        NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    delivered_at    timestamptz,
    last_error      varchar(500)
);
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;
