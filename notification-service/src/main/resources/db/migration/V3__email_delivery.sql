-- Emails waiting to be sent, sent, or given up on. Written in the transaction that handles the
-- event; the sender claims due rows with FOR UPDATE SKIP LOCKED, so replicas never double-send.
CREATE TABLE email_delivery (
    id                uuid          PRIMARY KEY,
    user_id           uuid          NOT NULL,
    notification_type varchar(40)   NOT NULL,
    recipient         varchar(320)  NOT NULL,
    subject           varchar(200)  NOT NULL,
    body              text          NOT NULL,
    status            varchar(10)   NOT NULL,   -- PENDING, SENT, FAILED
    attempts          integer       NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz   NOT NULL,   -- the end of quiet hours for a held email
    last_error        varchar(500),
    created_at        timestamptz   NOT NULL,
    sent_at           timestamptz,
    event_id          uuid
);
CREATE INDEX email_delivery_due ON email_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_delivery_user ON email_delivery (user_id);
CREATE INDEX email_delivery_status ON email_delivery (status, created_at DESC);
