package org.csh.reconciler.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the durations people write in a work item's title or text ("30 min", "1.5h", "half an hour",
 * "[30min]") and how many staff took part.
 *
 * <p>A duration in the title wins over the text: the title is the summary someone tagged on purpose,
 * the text often retells it. Within one of them, separate pieces of work are summed and restatements
 * ("1h call (60 minutes)", "= 1.5 h total") are not counted twice. The staff count is read from both.
 */
public final class DurationParser {

    /** One expression longer than a day is a deadline, an SLA or a typo, not the effort of one work item. */
    static final long MAX_PIECE_MINUTES = 24 * 60;
    /** More "people" than this is an audience (a webinar), not the staff who did the work. */
    static final int MAX_STAFF = 10;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Map<String, Integer> WORD_NUMBERS = wordNumbers();
    private static final String WORD = wordAlternatives(WORD_NUMBERS.keySet());
    private static final String COUNT_WORD = wordAlternatives(WORD_NUMBERS.entrySet().stream()
            .filter(e -> e.getValue() <= 10).map(Map.Entry::getKey).collect(Collectors.toSet()));

    /** The tail of a version, date, time of day, path, sum of money or issue number is not a duration. */
    private static final String NOT_A_TAIL = "(?<![\\w.,:/$€£#-])";
    private static final String DIGITS = "\\d{1,4}(?:[.,]\\d{1,2})?(?!\\d)";
    private static final String NUM = "(?:" + NOT_A_TAIL + DIGITS + "|\\b" + WORD + "\\b)";
    /** A number right after a range dash, a multiplication sign or the hours of "1h 30m". */
    private static final String NUM_AFTER = "(?:" + DIGITS + "|\\b" + WORD + "\\b)";
    private static final String COUNT = "(?:" + NOT_A_TAIL + "\\d{1,2}(?!\\d)|\\b" + COUNT_WORD + "\\b)";
    private static final String HOURS = "(?:hours?|hrs?|h)";
    private static final String MINUTES = "(?:minutes?|mins?)";
    private static final String END = "(?!\\w)";
    private static final String DASH = "\\s*+(?:-|–|—|\\bto\\b)\\s*+";
    private static final String STAFF_NOUN = "(?:staff|people|persons|engineers|developers|devs|consultants"
            + "|colleagues|experts|team\\s+members|members\\s+of\\s+staff|of\\s+us)";

    private static final String UNIT = "(?:" + HOURS + "|" + MINUTES + ")";
    private static final String MINUTES_OR_M = "(?:" + MINUTES + "|m)";
    private static final String SEP = "\\s*+-?\\s*+";
    /** A repeat count after "x": "30 min x 3". */
    private static final String TIMES = "(\\d{1,2}(?!\\d)|\\b" + COUNT_WORD + "\\b)";
    private static final Pattern SIMPLE_PARTS = Pattern.compile(
            "(" + NUM_AFTER + ")(?:" + SEP + "(" + UNIT + ")|(?<=\\d)(m))" + END, FLAGS);

    /** Most specific first: a longer expression claims its words before a shorter one can read part of it. */
    private static final List<Form> FORMS = List.of(
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
            new Form("(" + simple(NUM) + ")\\s*+[x×]\\s*+" + TIMES + "(?!\\s*+" + STAFF_NOUN + ")" + END,
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
            new Form(NOT_A_TAIL + "(\\d{1,2})h(\\d{2})" + END, DurationParser::compact, true),
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
    private static final Pattern MAY_STATE_A_DURATION = Pattern.compile("\\d\\s*+[hm]|hour|\\bhr|min", FLAGS);
    private static final Pattern NOT_EFFORT_BEFORE = Pattern.compile(
            "\\b(?:every|within|next|last|per)\\W*$", FLAGS);
    private static final Pattern CLOCK_WORD_BEFORE = Pattern.compile(
            "\\b(?:at|until|till|since|from|by|before|after)\\W*$", FLAGS);
    private static final Pattern CLOCK_TIME = Pattern.compile("^\\d{1,2}h(?:\\d{2})?(?!\\w)", FLAGS);
    private static final Pattern NOT_EFFORT_AFTER = Pattern.compile(
            "^\\s*+(?:ago|later|earlier|from\\s+now|(?:per|a|an|each|every)\\s+(?:day|week|month|year)"
                    + "|/\\s*+(?:day|week|month|year|wk|d|w|mo)|daily|weekly|monthly)\\b", FLAGS);
    private static final Pattern RESTATES_BETWEEN = Pattern.compile(
            "=|~|≈|\\bi\\.?\\s?e\\b|\\btotal\\b|\\bthat\\s+is\\b|\\baka\\b|\\bor\\b|\\bapprox", FLAGS);
    private static final Pattern PER_PERSON_AFTER = Pattern.compile(
            "^\\s*+(?:each|apiece|per\\s+person|(?:in\\s+)?total)\\b", FLAGS);
    private static final Pattern TOTAL_BEFORE = Pattern.compile("\\btotal(?:\\s+of)?\\W*$", FLAGS);
    private static final Pattern TOTAL_AFTER = Pattern.compile("^\\W{0,3}(?:in\\s+)?total\\b", FLAGS);
    private static final Pattern NEXT_WORD = Pattern.compile("^ ?([a-z]+(?:-[a-z]+)*)", FLAGS);
    private static final Set<String> NOT_AN_ACTIVITY = Set.of("and", "or", "with", "of", "for", "to", "the", "a",
            "an", "on", "in", "at", "each", "per", "x", "by", "staff", "people", "total", "was", "were", "is", "it",
            "we", "i", "spent", "so", "plus", "then", "approx", "apiece", "from", "ago", "later");

    private static final Pattern STAFF_COUNT = Pattern.compile(
            "(?:(?<![a-z])[x×]\\s*+|" + NOT_A_TAIL + ")" + TIMES + "\\s+" + STAFF_NOUN + "\\b", FLAGS);
    private static final Pattern AUDIENCE_BEFORE = Pattern.compile(
            "\\b(?:trained|taught|helped|onboarded|for|to|met|meeting)\\W*$", FLAGS);
    private static final Pattern AUDIENCE_AFTER = Pattern.compile("^\\s*+(?:from|at|of)\\b", FLAGS);
    private static final Pattern BOTH_OF_US = Pattern.compile("\\b(?:both\\s+of\\s+us|we\\s+both)\\b", FLAGS);
    private static final Pattern ATTENDED = Pattern.compile(
            "\\b(?:attended|attendees|joined|took\\s+part|participated|were\\s+present|were\\s+there)\\b", FLAGS);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s|$)|\\R");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@(\\w(?:[\\w.-]*\\w)?)", FLAGS);

    /** Reads a title and its text; empty when neither states a usable duration. Never throws. */
    public Optional<StatedDuration> parse(String title, String text) {
        String cleanTitle = clean(title);
        String cleanText = clean(text);
        Optional<Reading> reading = read(cleanTitle).or(() -> read(cleanText));
        return reading.map(r -> new StatedDuration(r.minutes(), r.quote(), staff(cleanTitle + "\n" + cleanText)));
    }

    /** Reads a text with no title. */
    public Optional<StatedDuration> parse(String text) {
        return parse("", text);
    }

    /** How many people the text says took part; 1 when it does not say. */
    int staff(String text) {
        int staff = 1;
        Matcher counts = STAFF_COUNT.matcher(text);
        while (counts.find()) {
            if (!isAudience(text, counts.start(), counts.end())) {
                staff = Math.max(staff, plausibleStaff(number(counts.group(1)).intValue()));
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

    /** Unicode spaces become plain spaces one for one, so positions and quotes stay those of the input. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isSpaceChar(chars[i]) || Character.isWhitespace(chars[i])) {
                chars[i] = chars[i] == '\n' ? '\n' : ' ';
            }
        }
        return new String(chars);
    }

    private Optional<Reading> read(String s) {
        if (!MAY_STATE_A_DURATION.matcher(s).find()) {
            return Optional.empty(); // most texts name no duration: one cheap scan instead of every form's
        }
        List<Piece> pieces = pieces(s);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        List<Piece> counted = pieces.stream().filter(p -> p.total).limit(1).collect(Collectors.toList());
        if (counted.isEmpty()) {
            counted = withoutRestatements(s, pieces);
        }
        long minutes = counted.stream().mapToLong(Piece::minutes).sum();
        String quote = counted.stream().map(Piece::quote).collect(Collectors.joining(" + "));
        return Optional.of(new Reading(minutes, quote));
    }

    private List<Piece> pieces(String s) {
        List<int[]> claimed = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern.matcher(s);
            int from = 0;
            while (from < s.length() && m.find(from)) {
                int start = m.start();
                int end = m.end();
                if (overlaps(claimed, start, end)) {
                    from = start + 1;
                    continue;
                }
                from = end;
                OptionalLong minutes = form.minutes.apply(m);
                if (minutes.isEmpty()) {
                    continue; // not this form after all: leave the words to a simpler one
                }
                claimed.add(new int[] {start, end});
                if (minutes.getAsLong() >= 1 && minutes.getAsLong() <= MAX_PIECE_MINUTES && isEffort(s, start, end)) {
                    pieces.add(new Piece(start, end, minutes.getAsLong(), quote(s, start, end, form.quotesNextWord),
                            isTotal(s, start, end)));
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::start));
        return pieces;
    }

    private static boolean overlaps(List<int[]> claimed, int start, int end) {
        return claimed.stream().anyMatch(c -> start < c[1] && c[0] < end);
    }

    /** Rejects what reads like a duration but is a frequency, a time ago, a deadline or a time of day. */
    private static boolean isEffort(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 20), start);
        String after = s.substring(end, Math.min(s.length(), end + 20));
        String matched = s.substring(start, end);
        if (NOT_EFFORT_BEFORE.matcher(before).find() || NOT_EFFORT_AFTER.matcher(after).find()) {
            return false;
        }
        return !(CLOCK_TIME.matcher(matched).find() && CLOCK_WORD_BEFORE.matcher(before).find());
    }

    private static boolean isTotal(String s, int start, int end) {
        return TOTAL_BEFORE.matcher(s.substring(Math.max(0, start - 15), start)).find()
                || TOTAL_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 15))).find();
    }

    /** "1h call" reads better in a basis than "1h": add the activity named right after the duration. */
    private static String quote(String s, int start, int end, boolean withNextWord) {
        String quote = s.substring(start, end).trim();
        if (withNextWord) {
            Matcher next = NEXT_WORD.matcher(s.substring(end, Math.min(s.length(), end + 30)));
            if (next.find() && !NOT_AN_ACTIVITY.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                quote = quote + " " + next.group(1);
            }
        }
        return quote.replaceAll("\\s+", " ");
    }

    /**
     * Sums separate pieces of work but skips a piece that restates what came before: a breakdown in brackets
     * that adds up to the duration before it, or a duration equal to the previous piece or to the running sum
     * that is bracketed, follows "=", "i.e.", "or", "total", or is followed by "each".
     */
    private static List<Piece> withoutRestatements(String s, List<Piece> pieces) {
        int[] bracket = enclosingBracket(s);
        List<Piece> remaining = withoutBracketedBreakdowns(pieces, bracket);
        List<Piece> counted = new ArrayList<>();
        long sum = 0;
        for (Piece piece : remaining) {
            if (!counted.isEmpty()) {
                Piece previous = counted.get(counted.size() - 1);
                String after = s.substring(piece.end, Math.min(s.length(), piece.end + 20));
                boolean restatingContext = bracket[piece.start] >= previous.end
                        || RESTATES_BETWEEN.matcher(s.substring(previous.end, piece.start)).find()
                        || PER_PERSON_AFTER.matcher(after).find();
                if (restatingContext && (piece.minutes == previous.minutes || piece.minutes == sum)) {
                    continue;
                }
            }
            counted.add(piece);
            sum += piece.minutes;
        }
        return counted;
    }

    /** "2h (30 min prep + 90 min call)": the bracket explains the 2h, it is not more work. */
    private static List<Piece> withoutBracketedBreakdowns(List<Piece> pieces, int[] bracket) {
        Map<Integer, List<Piece>> groups = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            if (bracket[piece.start] >= 0) {
                groups.computeIfAbsent(bracket[piece.start], k -> new ArrayList<>()).add(piece);
            }
        }
        Set<Piece> dropped = new HashSet<>();
        groups.forEach((open, group) -> {
            if (group.size() < 2) {
                return;
            }
            long groupSum = group.stream().mapToLong(Piece::minutes).sum();
            pieces.stream().filter(p -> p.end <= open).reduce((a, b) -> b)
                    .filter(before -> before.minutes == groupSum)
                    .ifPresent(before -> dropped.addAll(group));
        });
        return pieces.stream().filter(p -> !dropped.contains(p)).collect(Collectors.toList());
    }

    /** For each position, where the innermost bracket around it opens, or -1. */
    private static int[] enclosingBracket(String s) {
        int[] enclosing = new int[s.length() + 1];
        int[] stack = new int[s.length() + 1];
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
            enclosing[i] = depth > 0 ? stack[depth - 1] : -1;
            if (c == '(' || c == '[') {
                stack[depth++] = i;
            }
        }
        enclosing[s.length()] = depth > 0 ? stack[depth - 1] : -1;
        return enclosing;
    }

    private static String simple(String number) {
        return "(?:" + number + "(?:" + SEP + UNIT + "|(?<=\\d)m)" + END + ")";
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
        return rounded(number(number).multiply(BigDecimal.valueOf(60)));
    }

    private static long rounded(BigDecimal minutes) {
        return minutes.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal number(String written) {
        String key = written.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-");
        Integer word = WORD_NUMBERS.get(key);
        return word != null ? BigDecimal.valueOf(word) : new BigDecimal(key.replace(',', '.'));
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

    private record Form(Pattern pattern, Function<Matcher, OptionalLong> minutes, boolean quotesNextWord) {
        Form(String regex, Function<Matcher, OptionalLong> minutes, boolean quotesNextWord) {
            this(Pattern.compile(regex, FLAGS), minutes, quotesNextWord);
        }
    }

    private record Piece(int start, int end, long minutes, String quote, boolean total) {
    }

    private record Reading(long minutes, String quote) {
    }
}
