package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The run's range and the thresholds of rule 6.
 *
 * @param zone       completion instants become dates in this zone ({@code csh.zone})
 * @param overRatio  EXCEEDING when used &gt; contracted × overRatio ({@code csh.flags.over-ratio})
 * @param underRatio UNDERUSING when used &lt; expected × underRatio ({@code csh.flags.under-ratio})
 */
public record ReconcileSettings(LocalDate from, LocalDate to, ZoneId zone, BigDecimal overRatio, BigDecimal underRatio) {

    public ReconcileSettings {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    public static ReconcileSettings of(LocalDate from, LocalDate to) {
        return new ReconcileSettings(from, to, ZoneId.of("UTC"), BigDecimal.ONE, new BigDecimal("0.5"));
    }
}
