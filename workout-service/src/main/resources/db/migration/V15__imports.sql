-- History imports (POST /api/v1/imports): the file as uploaded until it has been imported, the
-- preview the lifter confirmed, progress while it runs, and what it did. Everything an import
-- adds carries its id, so that it can be undone as one batch.
CREATE TABLE import_job (
    id               uuid          PRIMARY KEY,
    owner_id         uuid          NOT NULL,
    format           varchar(20)   NOT NULL,   -- strong-v6, strong-v5, strong-legacy, hevy, repwise-json
    file_name        varchar(255),
    file_sha256      char(64)      NOT NULL,
    content          bytea,                    -- kept from the preview until the import has run
    units            varchar(10)   NOT NULL,   -- metric, imperial: for files that do not say
    zone             varchar(64)   NOT NULL,   -- for files with local times
    date_order       varchar(12),              -- DAY_FIRST, MONTH_FIRST: for files that leave it open
    status           varchar(12)   NOT NULL,   -- PREVIEWED, RUNNING, DONE, FAILED, UNDONE
    preview          jsonb         NOT NULL,
    confirmation     jsonb,                    -- the lifter's own matches and choices
    total_workouts   integer       NOT NULL,
    done_workouts    integer       NOT NULL DEFAULT 0,
    outcome          jsonb,                    -- what the run added and skipped, once it has run
    failure          varchar(500),
    created_at       timestamptz   NOT NULL,
    started_at       timestamptz,
    heartbeat_at     timestamptz,              -- a running import writes it; a stale one was interrupted
    finished_at      timestamptz
);
CREATE INDEX import_job_owner ON import_job (owner_id, created_at DESC);

ALTER TABLE workout ADD COLUMN import_id uuid REFERENCES import_job (id) ON DELETE SET NULL;
CREATE INDEX workout_import ON workout (import_id) WHERE import_id IS NOT NULL;

ALTER TABLE exercise ADD COLUMN import_id uuid REFERENCES import_job (id) ON DELETE SET NULL;
ALTER TABLE routine ADD COLUMN import_id uuid REFERENCES import_job (id) ON DELETE SET NULL;
ALTER TABLE readiness_report ADD COLUMN import_id uuid REFERENCES import_job (id) ON DELETE SET NULL;
