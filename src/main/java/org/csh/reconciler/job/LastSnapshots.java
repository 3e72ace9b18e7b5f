package org.csh.reconciler.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The last snapshot read from each API, whatever range it was read for, and when everything was last read in
 * full: what a nightly run compares against to read only what changed.
 */
public class LastSnapshots {

    /** A stored snapshot and the time of the last full read it descends from. */
    public record Stored<T>(T snapshot, Instant fullAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LastSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String kind, Object snapshot, Instant fetchedAt, Instant fullAt) {
        String payload;
        try {
            payload = json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the last " + kind + " snapshot: " + e.getOriginalMessage(), e);
        }
        jdbc.update("DELETE FROM csh_last_snapshot WHERE kind = ?", kind);
        jdbc.update("INSERT INTO csh_last_snapshot (kind, payload, fetched_at, full_at) VALUES (?, ?, ?, ?)",
                kind, payload, Timestamp.from(fetchedAt), Timestamp.from(fullAt));
    }

    /** The last snapshot of {@code kind}; empty when none was stored or it can no longer be read. */
    public <T> Optional<Stored<T>> find(String kind, Class<T> type) {
        return jdbc.query("SELECT payload, full_at FROM csh_last_snapshot WHERE kind = ?", rs -> {
            if (!rs.next()) {
                return Optional.<Stored<T>>empty();
            }
            try {
                return Optional.of(new Stored<>(json.readValue(rs.getString(1), type), rs.getTimestamp(2).toInstant()));
            } catch (JsonProcessingException e) {
                // a snapshot written by an older version: read everything once instead
                return Optional.<Stored<T>>empty();
            }
        }, kind);
    }
}
