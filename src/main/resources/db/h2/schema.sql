-- The data each step hands to the next, kept per date range so that a failed run restarts where it stopped.
CREATE TABLE IF NOT EXISTS csh_run_snapshot (
    range_key   VARCHAR(32)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    payload     CLOB         NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (range_key, kind)
);
