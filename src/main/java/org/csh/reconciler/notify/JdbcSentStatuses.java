package org.csh.reconciler.notify;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What BD were last sent, per community, in table {@code csh_mail_sent}. It changes only once an email has
 * gone: an email that failed leaves it as it was, so the next run still has the news to send.
 */
public class JdbcSentStatuses {

    private final JdbcTemplate jdbc;

    public JdbcSentStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The statuses of the last email sent; empty when none was ever sent. */
    public List<SentStatus> lastSent() {
        return jdbc.query("SELECT community, status, used_hours, contracted_hours, range_from, range_to"
                + " FROM csh_mail_sent ORDER BY community", (rs, row) -> new SentStatus(
                        rs.getString("community"),
                        Status.valueOf(rs.getString("status")),
                        rs.getBigDecimal("used_hours"),
                        Optional.ofNullable(rs.getBigDecimal("contracted_hours")),
                        rs.getObject("range_from", LocalDate.class),
                        rs.getObject("range_to", LocalDate.class)));
    }

    /** Makes {@code result}'s statuses the baseline of the next email: call it once the email has gone. */
    public void markSent(ReconcileResult result, Instant sentAt) {
        OffsetDateTime at = sentAt.atOffset(ZoneOffset.UTC);
        jdbc.update("DELETE FROM csh_mail_sent");
        jdbc.batchUpdate("INSERT INTO csh_mail_sent (community, status, used_hours, contracted_hours, range_from,"
                + " range_to, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)", result.communities(), 100, (ps, c) -> {
                    ps.setString(1, c.community());
                    ps.setString(2, c.status().name());
                    ps.setBigDecimal(3, c.usedHours());
                    ps.setBigDecimal(4, c.contractedHours().orElse((BigDecimal) null));
                    ps.setObject(5, result.from());
                    ps.setObject(6, result.to());
                    ps.setObject(7, at);
                });
    }
}
