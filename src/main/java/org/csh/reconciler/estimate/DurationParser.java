package org.csh.reconciler.estimate;

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
    /** The most staff a text can name; see {@link StaffCount#MAX_STAFF}. */
    static final int MAX_STAFF = StaffCount.MAX_STAFF;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** How far around a word like "hour" a form can reach; see {@link DurationForms#windows}. */
    private static final int FORM_REACH = 100;
    /** A log line's time stamp ("I0507 03:27:38.929044", "2012-02-14 10:07:16,931") somewhere before a duration. */
    private static final Pattern LOG_TIME_STAMP = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d+)?");
    private static final int LOG_REACH = 150;
    /** A machine's durations: timeouts, intervals, delays, retries, expiry; said of a system, not of effort. */
    private static final Pattern MACHINE_WORD = Pattern.compile("\\b(?:time\\s?outs?|timed\\s+out|intervals?|delay(?:s|ed)?"
            + "|wait(?:s|ing)?|sleep(?:s|ing)?|retr(?:y|ies|ied|ying)|expir\\w*|ttl|poll(?:s|ing)?|heartbeats?|backoff"
            + "|latency|lag|cron|grace\\s+period)\\b", FLAGS);
    private static final int MACHINE_REACH_BEFORE = 25;
    private static final int MACHINE_REACH_AFTER = 20;
    /** {@code interval=5m}, {@code --delay="6hrs"}: a setting's value. */
    private static final Pattern SETTING_BEFORE = Pattern.compile("[\\w\\]]\\s?[=:]\\s?[\"']*+$");
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

    /**
     * Reads a title and its text; empty when neither states a usable duration. Never throws. Durations in code or
     * logs, and those of a machine (timeouts, intervals, retries, settings), are not effort and are not read.
     */
    public Optional<StatedDuration> parse(String title, String text) {
        String cleanTitle = withoutCode(clean(title));
        String cleanText = withoutCode(clean(text));
        Optional<Reading> reading = read(cleanTitle).or(() -> read(cleanText));
        return reading.map(r -> new StatedDuration(r.minutes(), r.quote(),
                StaffCount.in(cleanTitle + "\n" + cleanText)));
    }

    /** Reads a text with no title. */
    public Optional<StatedDuration> parse(String text) {
        return parse("", text);
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

    /** Code and preformatted blocks become spaces, so positions and quotes elsewhere stay those of the input. */
    private static String withoutCode(String s) {
        if (s.indexOf('{') < 0 && s.indexOf('`') < 0) {
            return s;
        }
        Matcher code = WorkText.CODE.matcher(s);
        StringBuilder plain = new StringBuilder(s);
        while (code.find()) {
            for (int i = code.start(); i < code.end(); i++) {
                plain.setCharAt(i, plain.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return plain.toString();
    }

    private Optional<Reading> read(String s) {
        if (!DurationForms.mayStateADuration(s)) {
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
        List<int[]> windows = DurationForms.windows(s, FORM_REACH);
        for (DurationForms.Form form : DurationForms.ALL) {
            Matcher m = form.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] window : windows) {
                findIn(s, form, m, window, claimed, pieces);
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::start));
        return pieces;
    }

    /** Finds one form's matches in one window; the words around it still count as context (transparent bounds). */
    private void findIn(String s, DurationForms.Form form, Matcher m, int[] window, List<int[]> claimed,
            List<Piece> pieces) {
        int from = window[0];
        while (from < window[1] && m.region(from, window[1]).find()) {
            int start = m.start();
            int end = m.end();
            if (overlaps(claimed, start, end)) {
                from = start + 1;
                continue;
            }
            from = end;
            OptionalLong minutes = form.minutes().apply(m);
            if (minutes.isEmpty()) {
                continue; // not this form after all: leave the words to a simpler one
            }
            claimed.add(new int[] {start, end});
            if (minutes.getAsLong() >= 1 && minutes.getAsLong() <= MAX_PIECE_MINUTES && isEffort(s, start, end)) {
                pieces.add(new Piece(start, end, minutes.getAsLong(), quote(s, start, end, form.quotesNextWord()),
                        isTotal(s, start, end)));
            }
        }
    }

    private static boolean overlaps(List<int[]> claimed, int start, int end) {
        return claimed.stream().anyMatch(c -> start < c[1] && c[0] < end);
    }

    /** Rejects what reads like a duration but is a frequency, a time ago, a deadline or a time of day. */
    private static boolean isEffort(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - 20), start);
        String after = s.substring(end, Math.min(s.length(), end + 20));
        String matched = s.substring(start, end);
        if (NOT_EFFORT_BEFORE.matcher(before).find() || NOT_EFFORT_AFTER.matcher(after).find()
                || SETTING_BEFORE.matcher(before).find() || isAMachines(s, start, end) || isInALog(s, start)) {
            return false;
        }
        return !(CLOCK_TIME.matcher(matched).find() && CLOCK_WORD_BEFORE.matcher(before).find());
    }

    /** "a 30 min timeout", "retried in 5 minutes", "polling interval of 1h". */
    private static boolean isAMachines(String s, int start, int end) {
        return MACHINE_WORD.matcher(s).region(Math.max(0, start - MACHINE_REACH_BEFORE),
                Math.min(s.length(), end + MACHINE_REACH_AFTER)).find();
    }

    /** A duration after a log line's time stamp on the same line is part of the log. */
    private static boolean isInALog(String s, int start) {
        int from = Math.max(0, start - LOG_REACH);
        int lineStart = s.substring(from, start).lastIndexOf('\n');
        return LOG_TIME_STAMP.matcher(s).region(lineStart < 0 ? from : from + lineStart + 1, start).find();
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

    private record Piece(int start, int end, long minutes, String quote, boolean total) {
    }

    private record Reading(long minutes, String quote) {
    }
}
