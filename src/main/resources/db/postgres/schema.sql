-- The data each step hands to the next, kept per date range so that a failed run restarts where it stopped.
CREATE TABLE IF NOT EXISTS csh_run_snapshot (
    range_key   VARCHAR(32)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (range_key, kind)
);

-- Each running job execution stamps its row every few seconds; a run killed by SIGKILL stops stamping and
-- the next run recovers it (RunHeartbeat, RangeLauncher).
CREATE TABLE IF NOT EXISTS csh_run_heartbeat (
    execution_id      BIGINT        NOT NULL PRIMARY KEY,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    beat_at_epoch_ms  BIGINT        NOT NULL
);
