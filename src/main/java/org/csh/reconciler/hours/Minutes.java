package org.csh.reconciler.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one conversion between time as the rules count it, whole minutes ({@code long}), and time as people read it,
 * hours with two decimals. Both ways round half up, so 0.999 h is 60 minutes and 59 minutes is 0.98 h, wherever the
 * figure comes from: a contract, a setting, a logged duration or an estimate.
 */
public final class Minutes {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Minutes() {
    }

    /** Hours with two decimals, as the report shows them. */
    public static BigDecimal toHours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Whole minutes, half up. */
    public static long fromHours(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whole minutes, half up; for hours read as a number from an API. */
    public static long fromHours(double hours) {
        return Math.round(hours * 60);
    }

    /** The compact hours a person reads in a basis or a finding: {@code 1.5 h}, {@code 0.25 h}, {@code 2 h}. */
    public static String format(long minutes) {
        return toHours(minutes).stripTrailingZeros().toPlainString() + " h";
    }
}
