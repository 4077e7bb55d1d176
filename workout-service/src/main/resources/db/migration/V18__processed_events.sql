-- Events taken in from the other services' outbox relays (POST /internal/events), one row per
-- event id: a redelivered event finds its id here and changes nothing.
CREATE TABLE processed_event (
    event_id    uuid         PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now()
);
