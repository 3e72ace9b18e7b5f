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
 * What one step hands to the next (the GitHub and Asana snapshots, the reconcile result), stored in the
 * job database per date range. A restarted run then resumes from the failed step with the data the
 * completed steps read, and a rerun of the same range replaces its rows instead of adding more.
 */
public class RunSnapshots {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RunSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(RunArguments.DateRange range, String kind, Object value) {
        String payload;
        try {
            payload = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the " + kind + " snapshot: " + e.getOriginalMessage(), e);
        }
        jdbc.update("DELETE FROM csh_run_snapshot WHERE range_key = ? AND kind = ?", key(range), kind);
        jdbc.update("INSERT INTO csh_run_snapshot (range_key, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                key(range), kind, payload, Timestamp.from(Instant.now()));
    }

    public <T> T load(RunArguments.DateRange range, String kind, Class<T> type) {
        return find(range, kind, type).orElseThrow(() -> new IllegalStateException("no " + kind
                + " snapshot stored for " + key(range) + "; run the job again from its first step"));
    }

    public <T> Optional<T> find(RunArguments.DateRange range, String kind, Class<T> type) {
        return jdbc.query("SELECT payload FROM csh_run_snapshot WHERE range_key = ? AND kind = ?",
                rs -> rs.next() ? Optional.of(read(rs.getString(1), kind, type)) : Optional.<T>empty(), key(range), kind);
    }

    private <T> T read(String payload, String kind, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + kind + " snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String key(RunArguments.DateRange range) {
        return range.from() + "_" + range.to();
    }
}
