package org.csh.reconciler.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link StatusHistory} in table {@code csh_status_history} of the job database (H2 or PostgreSQL). */
public class JdbcStatusHistory implements StatusHistory {

    private static final String COLUMNS = "range_from, range_to, completed_at, community, status, used_hours, "
            + "contracted_hours, expected_hours, used_percent, period_start, period_end";

    private final JdbcTemplate jdbc;

    public JdbcStatusHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ReconcileResult result, Instant completedAt) {
        // both databases keep microseconds at most; millis keep a stored run equal to what was recorded
        OffsetDateTime at = completedAt.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        jdbc.update("DELETE FROM csh_status_history WHERE range_from = ? AND range_to = ?",
                result.from(), result.to());
        jdbc.batchUpdate("INSERT INTO csh_status_history (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                result.communities(), 100, (ps, c) -> {
                    ps.setObject(1, result.from());
                    ps.setObject(2, result.to());
                    ps.setObject(3, at);
                    ps.setString(4, c.community());
                    ps.setString(5, c.status().name());
                    ps.setBigDecimal(6, c.usedHours());
                    ps.setBigDecimal(7, c.contractedHours().orElse(null));
                    ps.setBigDecimal(8, c.expectedHours().orElse(null));
                    ps.setBigDecimal(9, c.usedPercent().orElse(null));
                    setDate(ps, 10, c.period().map(ContractPeriod::start));
                    setDate(ps, 11, c.period().map(ContractPeriod::end));
                });
    }

    @Override
    public List<StatusSnapshot> lastRuns(int runs) {
        if (runs <= 0) {
            return List.of();
        }
        // one run per range (a rerun replaces its range's rows), so the latest runs are the latest ranges stored
        return jdbc.query("SELECT " + prefixed("h") + " FROM csh_status_history h JOIN ("
                + " SELECT range_from, range_to, MAX(completed_at) AS last_at FROM csh_status_history"
                + " GROUP BY range_from, range_to ORDER BY last_at DESC, range_to DESC LIMIT ?) r"
                + " ON h.range_from = r.range_from AND h.range_to = r.range_to"
                + " ORDER BY h.completed_at, h.range_to, h.range_from, h.community",
                (rs, row) -> snapshot(rs), runs);
    }

    @Override
    public List<StatusSnapshot> latestFigures() {
        return jdbc.query("SELECT " + prefixed("h") + " FROM csh_status_history h JOIN ("
                // a range's rows share one completed_at (a rerun replaces them all), so its first row stands for it
                + " SELECT range_from, range_to FROM csh_status_history"
                + " ORDER BY range_to DESC, completed_at DESC LIMIT 1) r"
                + " ON h.range_from = r.range_from AND h.range_to = r.range_to ORDER BY h.community",
                (rs, row) -> snapshot(rs));
    }

    private static StatusSnapshot snapshot(ResultSet rs) throws SQLException {
        return new StatusSnapshot(
                rs.getObject("range_from", LocalDate.class),
                rs.getObject("range_to", LocalDate.class),
                rs.getObject("completed_at", OffsetDateTime.class).toInstant(),
                rs.getString("community"),
                Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("used_hours"),
                hours(rs, "contracted_hours"),
                hours(rs, "expected_hours"),
                hours(rs, "used_percent"),
                date(rs, "period_start"),
                date(rs, "period_end"));
    }

    private static Optional<BigDecimal> hours(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column));
    }

    private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    private static void setDate(PreparedStatement ps, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            ps.setObject(index, date.get());
        } else {
            ps.setNull(index, Types.DATE);
        }
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }
}
