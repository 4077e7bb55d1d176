-- Events arrive at least once (DESIGN.md, Events): remembering each event id makes intake idempotent.
CREATE TABLE processed_event (
    event_id    uuid        PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
