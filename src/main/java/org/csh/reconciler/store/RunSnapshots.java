package org.csh.reconciler.store;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one step hands to the next (the GitHub and Asana snapshots, the reconcile result), stored in the
 * job database per date range. A restarted run then resumes from the failed step with the data the
 * completed steps read, and a rerun of the same range replaces its rows instead of adding more.
 */
public class RunSnapshots {

    /** The dates of the run whose step data this is: a run's data is kept per range, for its restarts. */
    public interface Range {
        LocalDate from();

        LocalDate to();
    }

    private final JdbcTemplate jdbc;

    public RunSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public <T> void save(Range range, StepData<T> data, T value) {
        String kind = data.kind();
        jdbc.update("DELETE FROM csh_run_snapshot WHERE range_key = ? AND kind = ?", key(range), kind);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                JsonColumn.insert(connection,
                        "INSERT INTO csh_run_snapshot (range_key, kind, created_at, payload) VALUES (?, ?, ?, ?)",
                        value, key(range), kind, Timestamp.from(Instant.now()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot store the " + kind + " snapshot: " + e.getMessage(), e);
            }
            return null;
        });
    }

    public <T> T load(Range range, StepData<T> data) {
        return find(range, data).orElseThrow(() -> new IllegalStateException("no " + data.kind()
                + " snapshot stored for " + key(range) + "; run the job again from its first step"));
    }

    public <T> Optional<T> find(Range range, StepData<T> data) {
        return jdbc.query("SELECT payload FROM csh_run_snapshot WHERE range_key = ? AND kind = ?",
                rs -> rs.next() ? Optional.of(read(rs, data)) : Optional.<T>empty(), key(range), data.kind());
    }

    private static <T> T read(ResultSet row, StepData<T> data) throws SQLException {
        try {
            return JsonColumn.read(row, 1, data.type());
        } catch (IOException e) {
            throw new IllegalStateException("the stored " + data.kind() + " snapshot cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static String key(Range range) {
        return range.from() + "_" + range.to();
    }
}
