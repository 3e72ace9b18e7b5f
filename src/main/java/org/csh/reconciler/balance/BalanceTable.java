package org.csh.reconciler.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The balance as a plain-text table for a terminal: aligned columns, hours with two decimals. */
public final class BalanceTable {

    private static final List<String> HEADERS =
            List.of("Community", "Period", "Contracted", "Used", "Remaining", "Status");
    /** Right-aligned: the hours, so that their decimal points line up. */
    private static final boolean[] NUMERIC = {false, false, true, true, true, false};
    private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private BalanceTable() {
    }

    /** The table, headed by whose figures they are and, when they are stale, a warning saying how old. */
    public static String render(Balance balance, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append("Hours used to ").append(balance.figuresTo()).append(", from the run completed ")
                .append(COMPLETED.format(balance.completedAt().atZone(zone))).append(" (")
                .append(ages(balance.age())).append(" ago)\n");
        if (balance.stale()) {
            out.append("WARNING: these figures are ").append(ages(balance.age()))
                    .append(" old, more than csh.balance.max-age (").append(ages(balance.maxAge()))
                    .append("): the nightly run may have failed; hours logged since are not in them\n");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        balance.lines().forEach(line -> rows.add(cells(line)));
        out.append(aligned(rows));
        return out.toString();
    }

    private static List<String> cells(BalanceLine line) {
        String period = line.periodStart().isPresent() && line.periodEnd().isPresent()
                ? line.periodStart().get() + " to " + line.periodEnd().get()
                : "no contract";
        return List.of(line.community(), period, hours(line.contracted()), hours(Optional.of(line.used())),
                hours(line.remaining()), line.status().name());
    }

    private static String hours(Optional<BigDecimal> hours) {
        return hours.map(h -> h.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("-");
    }

    private static String aligned(List<List<String>> rows) {
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(NUMERIC[i] ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** "2 days 4 hours", "5 hours 12 minutes", "40 minutes": as precise as a person needs. */
    static String ages(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (mins > 0 ? " " + plural(mins, "minute") : "");
        }
        return mins == 0 ? "less than a minute" : plural(mins, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
