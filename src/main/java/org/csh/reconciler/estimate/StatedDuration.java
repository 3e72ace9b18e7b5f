package org.csh.reconciler.estimate;

/**
 * The time a work item's title or text says it took.
 *
 * @param minutes     per person, summed over the separate pieces of work stated; always positive
 * @param matchedText the words it was read from, pieces joined with {@code " + "}, e.g. {@code 30 min prep + 1h call}
 * @param staff       how many people the text says took part; 1 when it does not say
 */
public record StatedDuration(long minutes, String matchedText, int staff) {

    public StatedDuration {
        if (minutes <= 0) {
            throw new IllegalArgumentException("a stated duration is positive: " + minutes);
        }
        if (staff < 1) {
            throw new IllegalArgumentException("at least one person did the work: " + staff);
        }
    }

    /** Hours are per person: a 1-hour call attended by two staff is 2 hours. */
    public long totalMinutes() {
        return minutes * staff;
    }
}
