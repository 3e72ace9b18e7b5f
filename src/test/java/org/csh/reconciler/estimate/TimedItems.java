package org.csh.reconciler.estimate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds timed items for tests, showing only the fields that matter. */
final class TimedItems {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    private TimedItems() {
    }

    /** An item with nothing in its text to read, completed on day {@code day}. */
    static TimedItem timed(int day, long minutes) {
        return timed(day, "Work item " + day, minutes);
    }

    static TimedItem timed(int day, String title, long minutes) {
        return new TimedItem("https://github.com/org/repo/issues/" + day, title, "",
                minutes, START.plus(day, ChronoUnit.DAYS));
    }

    /** Untitled items with these minutes, completed one a day in this order. */
    static List<TimedItem> history(long... minutes) {
        return IntStream.range(0, minutes.length)
                .mapToObj(i -> timed(i, minutes[i]))
                .collect(Collectors.toList());
    }
}
