package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

import org.csh.reconciler.hours.Minutes;

/**
 * Reads an hours value that arrived as text (an Asana custom field) or as a number (the board, Actual time).
 * A value that cannot be used yields a problem for an {@code INVALID_DATA} finding instead of a number.
 */
record HoursText(OptionalLong minutes, Optional<String> problem) {

    private static final HoursText ABSENT = new HoursText(OptionalLong.empty(), Optional.empty());

    static HoursText parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return ABSENT;
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            String hint = raw.contains(",") ? " (write decimals with a dot, e.g. 1.5)" : "";
            return invalid(field + " '" + abbreviate(raw) + "' is not a number" + hint + "; ignored");
        }
        return ofHours(hours, field);
    }

    static HoursText ofHours(Double hours, String field) {
        if (hours == null) {
            return ABSENT;
        }
        if (hours.isNaN() || hours.isInfinite()) {
            return invalid(field + " is not a number; ignored");
        }
        return ofHours(BigDecimal.valueOf(hours), field);
    }

    static HoursText ofMinutes(Optional<Double> logged, String field) {
        if (logged.isEmpty()) {
            return ABSENT;
        }
        double minutes = logged.get();
        if (Double.isNaN(minutes) || Double.isInfinite(minutes) || minutes < 0) {
            return invalid(field + " " + minutes + " min is negative or not a number; ignored");
        }
        return new HoursText(OptionalLong.of(Math.round(minutes)), Optional.empty());
    }

    private static HoursText ofHours(BigDecimal hours, String field) {
        if (hours.signum() < 0) {
            return invalid(field + " " + hours.toPlainString() + " h is negative; ignored");
        }
        return new HoursText(OptionalLong.of(Minutes.fromHours(hours)), Optional.empty());
    }

    private static HoursText invalid(String problem) {
        return new HoursText(OptionalLong.empty(), Optional.of(problem));
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }

    boolean isPresent() {
        return minutes.isPresent();
    }
}
