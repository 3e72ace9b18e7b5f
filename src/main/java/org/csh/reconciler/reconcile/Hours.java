package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between exact minutes, used inside the rules, and hours with two decimals, shown to people. */
final class Hours {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    static BigDecimal fromMinutes(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    static long toMinutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long toMinutes(double hours) {
        return Math.round(hours * 60);
    }

    static String format(long minutes) {
        return fromMinutes(minutes).stripTrailingZeros().toPlainString() + " h";
    }
}
