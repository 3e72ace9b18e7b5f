package org.csh.reconciler.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of the demo's data files, which are written relative to the run date so that the sample looks the
 * same on any day.
 *
 * <ul>
 *   <li>{@code today}, {@code -9d}: the run date, nine days before it;</li>
 *   <li>{@code month-6m}, {@code month+6m-1d}, {@code month-40d}: from the 1st of the run date's month;</li>
 *   <li>{@code quarter-10d}: from the 1st of the run date's calendar quarter;</li>
 *   <li>{@code -4d in month}: four days before the run date, but not before the 1st of its month;</li>
 *   <li>{@code -9d at 14:05[:30]}: a moment of that day, in UTC;</li>
 *   <li>{@code {-9d:d MMM}} inside a text: that day, formatted with the pattern.</li>
 * </ul>
 */
final class RelativeDates {

    private static final Pattern DATE = Pattern.compile("(today|month|quarter)?((?:[+-]\\d+[dmy])*)( in month)?");
    private static final Pattern OFFSET = Pattern.compile("([+-]\\d+)([dmy])");
    private static final Pattern MOMENT = Pattern.compile("(.+) at (\\d{2}:\\d{2}(?::\\d{2})?)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^:{}]+):([^{}]+)}");

    private final LocalDate runDate;

    RelativeDates(LocalDate runDate) {
        this.runDate = runDate;
    }

    LocalDate date(String expression) {
        Matcher matcher = DATE.matcher(expression.strip());
        if (expression.isBlank() || !matcher.matches()) {
            throw new IllegalArgumentException("'" + expression + "' is not a date relative to the run date: write"
                    + " today, -9d, month-6m, month+6m-1d, quarter-10d or -4d in month");
        }
        String anchor = matcher.group(1) == null ? "today" : matcher.group(1);
        LocalDate date = switch (anchor) {
            case "month" -> runDate.withDayOfMonth(1);
            case "quarter" -> runDate.withMonth((runDate.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            default -> runDate;
        };
        Matcher offset = OFFSET.matcher(matcher.group(2));
        while (offset.find()) {
            long amount = Long.parseLong(offset.group(1));
            date = switch (offset.group(2)) {
                case "y" -> date.plusYears(amount);
                case "m" -> date.plusMonths(amount);
                default -> date.plusDays(amount);
            };
        }
        LocalDate first = runDate.withDayOfMonth(1);
        return matcher.group(3) != null && date.isBefore(first) ? first : date;
    }

    /** {@code <date> at HH:mm[:ss]}, in UTC. */
    Instant instant(String expression) {
        Matcher matcher = MOMENT.matcher(expression.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + expression + "' is not a moment relative to the run date: write"
                    + " a date, ' at ' and a UTC time, as in -9d at 14:05");
        }
        return date(matcher.group(1)).atTime(LocalTime.parse(matcher.group(2))).toInstant(ZoneOffset.UTC);
    }

    /** {@code text} with each {@code {date:pattern}} replaced by that date so formatted. */
    String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String day = date(matcher.group(1)).format(DateTimeFormatter.ofPattern(matcher.group(2), Locale.ENGLISH));
            matcher.appendReplacement(out, Matcher.quoteReplacement(day));
        }
        return matcher.appendTail(out).toString();
    }
}
