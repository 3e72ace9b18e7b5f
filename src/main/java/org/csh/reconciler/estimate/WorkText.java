package org.csh.reconciler.estimate;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A work item's title and description read as words for similarity: lower case, links and numbers dropped, common
 * words dropped, plural and -ing/-ed endings trimmed, each title word counted twice because the title names the work.
 *
 * @param termCounts how often each word occurs, in a stable (sorted) order so that scores add up the same every run
 * @param kind       the kind of work its words give away
 */
record WorkText(Map<String, Integer> termCounts, Optional<WorkKind> kind) {

    /** Code, preformatted blocks and short quoted commands: what a system printed, not what the work was. */
    static final Pattern CODE = Pattern.compile(
            "\\{(code|noformat)[^}]*+}.*?(?:\\{\\1}|$)|```.*?(?:```|$)|`[^`\\n]{1,200}`",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "into", "is", "it", "its", "me",
            "my", "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "then", "there", "they",
            "this", "to", "up", "us", "was", "we", "were", "what", "when", "which", "who", "will", "with", "you",
            "your", "can", "could", "would", "should", "do", "did", "does", "not", "no", "all", "also", "about",
            "after", "before", "some", "more", "any", "new", "via", "re", "per", "out", "just", "get", "got");

    static WorkText of(String title, String text) {
        Map<String, Integer> counts = new TreeMap<>();
        add(counts, title, 2);
        add(counts, text, 1);
        return new WorkText(Collections.unmodifiableMap(counts), Optional.empty());
    }

    /** How many texts {@link #withKind} remembers, so that the self-calibration reads each text once, not once a training. */
    private static final int REMEMBERED = 4_096;
    private static final Map<List<String>, WorkText> READ = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<String>, WorkText> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** The words and the kind of work they give away; the same title and text are read once while remembered. */
    static WorkText withKind(String title, String text) {
        List<String> key = Arrays.asList(title, text);
        WorkText read = READ.get(key);
        if (read == null) {
            WorkText words = of(title, text);
            read = new WorkText(words.termCounts(), WorkKind.of(words.termCounts()));
            READ.put(key, read);
        }
        return read;
    }

    private static void add(Map<String, Integer> counts, String s, int weight) {
        if (s == null || s.isBlank()) {
            return;
        }
        // a hand-written scan: this runs for every timed item of every training, and regex splitting was the cost
        String prose = s.indexOf('{') >= 0 || s.indexOf('`') >= 0 ? CODE.matcher(s).replaceAll(" ") : s;
        String plain = LINK.matcher(prose).find() ? LINK.matcher(prose).replaceAll(" ") : prose;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                addWord(counts, word.toString(), weight);
                word.setLength(0);
            }
        }
    }

    private static void addWord(Map<String, Integer> counts, String word, int weight) {
        if (word.length() < 2 || STOP_WORDS.contains(word) || Character.isDigit(word.charAt(0))) {
            return;
        }
        counts.merge(stem(word), weight, Integer::sum);
    }

    /** Just enough stemming that "calls" meets "call" and "updating" meets "update"; not a linguist's stemmer. */
    static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return trimE(word.substring(0, word.length() - 3));
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return trimE(word.substring(0, word.length() - 2));
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return trimE(word.substring(0, word.length() - 1));
        }
        return trimE(word);
    }

    /** "update", "updated" and "updating" all become "updat". */
    private static String trimE(String word) {
        return word.length() > 3 && word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
    }
}
