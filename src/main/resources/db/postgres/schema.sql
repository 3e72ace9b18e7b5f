-- The data each step hands to the next, kept per date range so that a failed run restarts where it stopped.
CREATE TABLE IF NOT EXISTS csh_run_snapshot (
    range_key   VARCHAR(32)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (range_key, kind)
);

-- Each completed run's figures per community (history/JdbcStatusHistory); a rerun of a range replaces its rows.
CREATE TABLE IF NOT EXISTS csh_status_history (
    range_from        DATE                      NOT NULL,
    range_to          DATE                      NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    community         VARCHAR(200)              NOT NULL,
    status            VARCHAR(16)               NOT NULL,
    used_hours        DECIMAL(12, 2)            NOT NULL,
    contracted_hours  DECIMAL(12, 2),
    expected_hours    DECIMAL(12, 2),
    used_percent      DECIMAL(12, 2),
    period_start      DATE,
    period_end        DATE,
    PRIMARY KEY (range_from, range_to, community)
);

-- --balance reads the run that reached furthest: found by this index, not by reading every run's rows
CREATE INDEX IF NOT EXISTS csh_status_history_latest ON csh_status_history (range_to, completed_at);

-- What BD were last sent by email, per community (notify/JdbcSentStatuses): the base of the next email's news.
CREATE TABLE IF NOT EXISTS csh_mail_sent (
    community         VARCHAR(200)              NOT NULL PRIMARY KEY,
    status            VARCHAR(16)               NOT NULL,
    used_hours        DECIMAL(12, 2)            NOT NULL,
    contracted_hours  DECIMAL(12, 2),
    range_from        DATE                      NOT NULL,
    range_to          DATE                      NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE  NOT NULL
);

-- Each running job execution stamps its row every few seconds; a run killed by SIGKILL stops stamping and
-- the next run recovers it (RunHeartbeat, RangeLauncher).
CREATE TABLE IF NOT EXISTS csh_run_heartbeat (
    execution_id      BIGINT        NOT NULL PRIMARY KEY,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    beat_at_epoch_ms  BIGINT        NOT NULL
);

-- The last snapshot read from each API, whatever the range, so that a nightly run reads only what changed since.
CREATE TABLE IF NOT EXISTS csh_last_snapshot (
    kind        VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    fetched_at  TIMESTAMP    NOT NULL,
    full_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (kind)
);
