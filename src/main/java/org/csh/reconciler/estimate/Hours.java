package org.csh.reconciler.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes minutes as the compact hours a person reads in an estimate's basis: {@code 1.5 h}, {@code 0.25 h}, {@code 2 h}. */
final class Hours {

    private Hours() {
    }

    static String format(long minutes) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return hours.stripTrailingZeros().toPlainString() + " h";
    }
}
