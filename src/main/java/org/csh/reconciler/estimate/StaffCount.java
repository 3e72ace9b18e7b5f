package org.csh.reconciler.estimate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how many of our staff a work item's text says took part: "x 2 staff", "both of us", "@ann and @bob joined". */
final class StaffCount {

    /** More "people" than this is an audience (a webinar), not the staff who did the work. */
    static final int MAX_STAFF = 10;

    /** Kept a constant expression, so that {@link DurationForms} can use it without initialising this class. */
    static final String STAFF_NOUN = "(?:staff|people|persons|engineers|developers|devs|consultants"
            + "|colleagues|experts|team\\s+members|members\\s+of\\s+staff|of\\s+us)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern STAFF_COUNT = Pattern.compile(
            "(?:(?<![a-z])[x×]\\s*+|" + DurationForms.NOT_A_TAIL + ")" + DurationForms.TIMES
                    + "\\s+" + STAFF_NOUN + "\\b", FLAGS);
    private static final Pattern AUDIENCE_BEFORE = Pattern.compile(
            "\\b(?:trained|taught|helped|onboarded|for|to|met|meeting)\\W*$", FLAGS);
    private static final Pattern AUDIENCE_AFTER = Pattern.compile("^\\s*+(?:from|at|of)\\b", FLAGS);
    private static final Pattern BOTH_OF_US = Pattern.compile("\\b(?:both\\s+of\\s+us|we\\s+both)\\b", FLAGS);
    private static final Pattern ATTENDED = Pattern.compile(
            "\\b(?:attended|attendees|joined|took\\s+part|participated|were\\s+present|were\\s+there)\\b", FLAGS);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s|$)|\\R");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@(\\w(?:[\\w.-]*\\w)?)", FLAGS);

    private StaffCount() {
    }

    /** How many people the text says took part; 1 when it does not say. */
    static int in(String text) {
        int staff = 1;
        Matcher counts = STAFF_COUNT.matcher(text);
        while (counts.find()) {
            if (!isAudience(text, counts.start(), counts.end())) {
                staff = Math.max(staff, plausibleStaff(DurationForms.number(counts.group(1)).intValue()));
            }
        }
        if (BOTH_OF_US.matcher(text).find()) {
            staff = Math.max(staff, 2);
        }
        // only the people named in the sentence that says they attended: "Thanks @carol." elsewhere is not staff
        for (String sentence : SENTENCE_END.split(text)) {
            if (ATTENDED.matcher(sentence).find()) {
                Set<String> people = new HashSet<>();
                Matcher mentions = MENTION.matcher(sentence);
                while (mentions.find()) {
                    people.add(mentions.group(1).toLowerCase(Locale.ROOT));
                }
                staff = Math.max(staff, plausibleStaff(people.size()));
            }
        }
        return staff;
    }

    /** "trained 5 people", "3 people from ExampleU": the community's people, not our staff. */
    private static boolean isAudience(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        return AUDIENCE_BEFORE.matcher(before).find() || AUDIENCE_AFTER.matcher(after).find();
    }

    private static int plausibleStaff(int count) {
        return count <= MAX_STAFF ? count : 1;
    }
}
