package org.csh.reconciler.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csh.reconciler.hours.Minutes;

/** The ways people write a duration ("30 min", "1-2h", "an hour and a half"), each with the minutes it means. */
final class DurationForms {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Map<String, Integer> WORD_NUMBERS = wordNumbers();
    private static final String WORD = wordAlternatives(WORD_NUMBERS.keySet());
    private static final String COUNT_WORD = wordAlternatives(WORD_NUMBERS.entrySet().stream()
            .filter(e -> e.getValue() <= 10).map(Map.Entry::getKey).collect(Collectors.toSet()));

    /** The tail of a version, date, time of day, path, sum of money or issue number is not a duration. */
    static final String NOT_A_TAIL = "(?<![\\w.,:/$€£#-])";
    private static final String DIGITS = "\\d{1,4}(?:[.,]\\d{1,2})?(?!\\d)";
    private static final String NUM = "(?:" + NOT_A_TAIL + DIGITS + "|\\b" + WORD + "\\b)";
    /** A number right after a range dash, a multiplication sign or the hours of "1h 30m". */
    private static final String NUM_AFTER = "(?:" + DIGITS + "|\\b" + WORD + "\\b)";
    private static final String COUNT = "(?:" + NOT_A_TAIL + "\\d{1,2}(?!\\d)|\\b" + COUNT_WORD + "\\b)";
    private static final String HOURS = "(?:hours?|hrs?|h)";
    private static final String MINUTES = "(?:minutes?|mins?)";
    private static final String END = "(?!\\w)";
    private static final String DASH = "\\s*+(?:-|–|—|\\bto\\b)\\s*+";

    private static final String UNIT = "(?:" + HOURS + "|" + MINUTES + ")";
    /** A bare "m" is minutes only in lower case: "10M" and "5.2M" are sizes. */
    private static final String BARE_M = "(?-i:m)";
    private static final String MINUTES_OR_M = "(?:" + MINUTES + "|" + BARE_M + ")";
    private static final String SEP = "\\s*+-?\\s*+";
    /** A repeat count after "x": "30 min x 3". */
    static final String TIMES = "(\\d{1,2}(?!\\d)|\\b" + COUNT_WORD + "\\b)";
    private static final Pattern SIMPLE_PARTS = Pattern.compile(
            "(" + NUM_AFTER + ")(?:" + SEP + "(" + UNIT + ")|(?<=\\d)(" + BARE_M + "))" + END, FLAGS);

    /** Most specific first: a longer expression claims its words before a shorter one can read part of it. */
    static final List<Form> ALL = List.of(
            // "an hour and a half", "2 hours and a half"
            new Form("(?:\\b(an?)\\b|(" + NUM + "))" + SEP + HOURS + "\\s+and\\s+a\\s+half\\b",
                    m -> OptionalLong.of((m.group(1) != null ? 60 : hoursOf(m.group(2))) + 30), true),
            // "one and a half hours"
            new Form("(" + NUM + ")\\s+and\\s+a\\s+half\\s+" + HOURS + END,
                    m -> OptionalLong.of(hoursOf(m.group(1)) + 30), true),
            new Form("\\bthree[\\s-]quarters?\\s+of\\s+an?\\s+hour\\b",
                    m -> OptionalLong.of(45), true),
            // "quarter of an hour", "a quarter-hour"
            new Form("\\b(?:a\\s+)?quarter(?:\\s+of\\s+an?\\s+|\\s*+-\\s*+|\\s+)hour\\b",
                    m -> OptionalLong.of(15), true),
            // "half an hour", "a half-hour"
            new Form("\\b(?:half\\s+an?\\s+|(?:a\\s+)?half" + SEP + ")hour\\b",
                    m -> OptionalLong.of(30), true),
            // "two 1-hour calls": a count, a duration used as an adjective, and a plural noun
            new Form("(" + COUNT + ")\\s+(" + NUM + SEP + UNIT + ")\\s+[a-z]+s\\b",
                    m -> times(m.group(1), m.group(2)), false),
            // "2x 30min"
            new Form("(" + COUNT + ")\\s*+[x×]\\s*+(" + simple(NUM_AFTER) + ")",
                    m -> times(m.group(1), m.group(2)), true),
            // "30 min x 3", unless it says "x 2 staff": that is the staff multiplier
            new Form("(" + simple(NUM) + ")\\s*+[x×]\\s*+" + TIMES + "(?!\\s*+" + StaffCount.STAFF_NOUN + ")" + END,
                    m -> times(m.group(2), m.group(1)), true),
            // "1-2h", "1 to 2 hours": the midpoint
            new Form("(" + NUM + ")\\s*+(?:" + HOURS + ")?" + DASH + "(" + NUM_AFTER + ")\\s*+" + HOURS + END,
                    m -> midpoint(m.group(1), m.group(2), 60), true),
            // "30-45 min"
            new Form("(" + NUM + ")\\s*+" + MINUTES_OR_M + "?" + DASH + "(" + NUM_AFTER + ")\\s*+" + MINUTES_OR_M + END,
                    m -> midpoint(m.group(1), m.group(2), 1), true),
            // "1h 30m", "2 hours and 15 minutes"
            new Form("(" + NUM + ")\\s*+" + HOURS + "\\s*+,?\\s*+(?:and\\s+)?(" + NUM_AFTER + ")\\s*+" + MINUTES_OR_M + END,
                    m -> hoursAndMinutes(m.group(1), m.group(2)), true),
            // "1h30"
            new Form(NOT_A_TAIL + "(\\d{1,2})h(\\d{2})" + END, DurationForms::compact, true),
            // "1:30 h", "0:45 hours": hours and minutes on a clock face, said to be a duration by the unit
            new Form(NOT_A_TAIL + "(\\d{1,2}):(\\d{2})\\s*+" + HOURS + END,
                    m -> hoursAndMinutes(m.group(1), m.group(2)), true),
            // ".5h": a fraction written without its leading zero
            new Form(NOT_A_TAIL + "\\.(\\d{1,2})\\s*+" + HOURS + END,
                    m -> OptionalLong.of(rounded(number("0." + m.group(1)).multiply(BigDecimal.valueOf(60)))), true),
            // "a couple of hours", "a couple hours"
            new Form("\\ba\\s+couple(?:\\s+of)?\\s+hours\\b", m -> OptionalLong.of(120), true),
            // "an hour or two": the midpoint, as for "1-2h"
            new Form("\\ban?\\s+hour\\s+or\\s+two\\b", m -> OptionalLong.of(90), true),
            new Form("\\ban?\\s+(?:hour|hr)\\b", m -> OptionalLong.of(60), true),
            // "30 min", "1.5h", "2 hours", "a 90-minute workshop", "45m"
            new Form(simple(NUM), m -> simpleMinutes(m.group()), true));

    /** Every form has a number followed by h or m, or one of these words; text with neither states no duration. */
    private static final Pattern MAY_STATE_A_DURATION = Pattern.compile(
            "\\d\\s*+(?:hrs?|h|m)(?![a-z])|hour|\\bhrs?\\b|min", FLAGS);

    private DurationForms() {
    }

    /**
     * One way of writing a duration.
     *
     * @param minutes        what a match means; empty when the words are not this form after all
     * @param quotesNextWord whether the word after a match names the activity ("1h call")
     */
    record Form(Pattern pattern, Function<Matcher, OptionalLong> minutes, boolean quotesNextWord) {
        Form(String regex, Function<Matcher, OptionalLong> minutes, boolean quotesNextWord) {
            this(Pattern.compile(regex, FLAGS), minutes, quotesNextWord);
        }
    }

    /** False when no form can match anywhere in the text. */
    static boolean mayStateADuration(String s) {
        return MAY_STATE_A_DURATION.matcher(s).find();
    }

    /**
     * The stretches of the text, as {@code [start, end)} pairs in order, around every place a form could match
     * (each match holds one of the words or number-and-unit that {@link #mayStateADuration} looks for): matching
     * only there keeps a long log pasted into an issue cheap to read.
     */
    static List<int[]> windows(String s, int reach) {
        List<int[]> windows = new java.util.ArrayList<>();
        Matcher anchor = MAY_STATE_A_DURATION.matcher(s);
        while (anchor.find()) {
            int start = Math.max(0, anchor.start() - reach);
            int end = Math.min(s.length(), anchor.end() + reach);
            if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= start) {
                windows.get(windows.size() - 1)[1] = end;
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    /** A number written in digits ("1.5", "1,5") or in words ("two", "forty five"). */
    static BigDecimal number(String written) {
        String key = written.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-");
        Integer word = WORD_NUMBERS.get(key);
        return word != null ? BigDecimal.valueOf(word) : new BigDecimal(key.replace(',', '.'));
    }

    private static String simple(String number) {
        return "(?:" + number + "(?:" + SEP + UNIT + "|(?<=\\d)" + BARE_M + ")" + END + ")";
    }

    private static OptionalLong simpleMinutes(String expression) {
        Matcher m = SIMPLE_PARTS.matcher(expression.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        boolean hours = m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).startsWith("h");
        return OptionalLong.of(rounded(number(m.group(1)).multiply(BigDecimal.valueOf(hours ? 60 : 1))));
    }

    private static OptionalLong times(String count, String expression) {
        OptionalLong each = simpleMinutes(expression);
        long n = number(count).longValue();
        return each.isPresent() && n >= 1 ? OptionalLong.of(each.getAsLong() * n) : OptionalLong.empty();
    }

    /** "Jan 10 - 2 hours" is a date and a duration, not a range: a range goes up. */
    private static OptionalLong midpoint(String low, String high, int minutesPerUnit) {
        if (number(low).compareTo(number(high)) >= 0) {
            return OptionalLong.empty();
        }
        BigDecimal sum = number(low).add(number(high)).multiply(BigDecimal.valueOf(minutesPerUnit));
        return OptionalLong.of(rounded(sum.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)));
    }

    private static OptionalLong hoursAndMinutes(String hours, String minutes) {
        BigDecimal m = number(minutes);
        if (m.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(rounded(number(hours).multiply(BigDecimal.valueOf(60)).add(m)));
    }

    /** "1h30"; "15h30" is a time of day, not a day's effort. */
    private static OptionalLong compact(Matcher m) {
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        if (minutes >= 60) {
            return OptionalLong.empty();
        }
        return hours > 8 ? OptionalLong.of(0) : OptionalLong.of(hours * 60L + minutes);
    }

    private static long hoursOf(String number) {
        return Minutes.fromHours(number(number));
    }

    private static long rounded(BigDecimal minutes) {
        return minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Map<String, Integer> wordNumbers() {
        Map<String, Integer> words = new LinkedHashMap<>();
        String[] small = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int i = 0; i < small.length; i++) {
            words.put(small[i], i + 1);
        }
        words.putAll(Map.of("fifteen", 15, "twenty", 20, "thirty", 30, "forty", 40, "forty-five", 45,
                "fifty", 50, "sixty", 60, "ninety", 90));
        return Map.copyOf(words);
    }

    /** Longest first and atomic, so that "forty-five" is never read as the range "forty to five". */
    private static String wordAlternatives(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> w.replace("-", "[\\s-]"))
                .collect(Collectors.joining("|", "(?>", ")"));
    }
}
