-- An event may go to more than one consumer (repwise.outbox.more-targets): one row per consumer,
-- the same event id in each (consumers dedupe on it), each delivered and retried on its own.
-- '' is the default consumer (repwise.outbox.target-url), as every row written before was.
ALTER TABLE outbox_event ADD COLUMN target varchar(40) NOT NULL DEFAULT '';
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_pkey;
ALTER TABLE outbox_event ADD PRIMARY KEY (id, target);
