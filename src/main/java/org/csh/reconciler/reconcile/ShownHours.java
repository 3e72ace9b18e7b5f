package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours as people read a community's figures: one decimal, the same in the workbook's cells, the CSV, the
 * reasons, the statement and the email, so no two places disagree about the same number (10.1 here, 10.14
 * there). Single work items keep two decimals, because quarter hours are common; the rules keep exact values.
 */
public final class ShownHours {

    /** Decimals of a community's figures wherever they are shown. */
    public static final int DECIMALS = 1;

    private ShownHours() {
    }

    /** {@code hours} rounded half up to {@link #DECIMALS}, e.g. 22.25 → 22.3. */
    public static BigDecimal rounded(BigDecimal hours) {
        return hours.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** Plain text, e.g. {@code 22.3}. */
    public static String text(BigDecimal hours) {
        return rounded(hours).toPlainString();
    }

    /** A percentage as the workbook's {@code Used %} shows it, a whole number, e.g. 187.50 → {@code 188}. */
    public static String percent(BigDecimal percent) {
        return percent.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
