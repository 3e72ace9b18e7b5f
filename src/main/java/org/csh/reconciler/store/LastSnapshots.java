package org.csh.reconciler.store;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last snapshot read from each API, whatever range it was read for, and when everything was last read in
 * full: what a nightly run compares against to read only what changed.
 */
public class LastSnapshots {

    /** A stored snapshot and the time of the last full read it descends from. */
    public record Stored<T>(T snapshot, Instant fullAt) {
    }

    private final JdbcTemplate jdbc;

    public LastSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String kind, Object snapshot, Instant fetchedAt, Instant fullAt) {
        jdbc.update("DELETE FROM csh_last_snapshot WHERE kind = ?", kind);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                JsonColumn.insert(connection,
                        "INSERT INTO csh_last_snapshot (kind, fetched_at, full_at, payload) VALUES (?, ?, ?, ?)",
                        snapshot, kind, Timestamp.from(fetchedAt), Timestamp.from(fullAt));
            } catch (IOException e) {
                throw new IllegalStateException("cannot store the last " + kind + " snapshot: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** The last snapshot of {@code kind}; empty when none was stored or it can no longer be read. */
    public <T> Optional<Stored<T>> find(String kind, Class<T> type) {
        return jdbc.query("SELECT payload, full_at FROM csh_last_snapshot WHERE kind = ?", rs -> {
            if (!rs.next()) {
                return Optional.<Stored<T>>empty();
            }
            try {
                return Optional.of(new Stored<>(JsonColumn.read(rs, 1, type), rs.getTimestamp(2).toInstant()));
            } catch (IOException e) {
                // a snapshot written by an older version: read everything once instead
                return Optional.<Stored<T>>empty();
            }
        }, kind);
    }
}
