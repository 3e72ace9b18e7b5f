package org.csh.reconciler.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.github.GitHubIssue;

/**
 * Finds the communities named in a text, as whole words in any case.
 *
 * <p>Texts and names are split into words, so one pass over the text finds every name: a regular
 * expression per spelling would cost communities × items × text length on a large organisation.
 */
final class CommunityNames {

    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();

    private record Spelling(List<String> words, Community community) {
    }

    CommunityNames(Communities communities) {
        for (Community community : communities.all()) {
            for (String spelling : community.spellings()) {
                List<String> words = words(spelling);
                if (!words.isEmpty()) {
                    byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Spelling(words, community));
                }
            }
        }
    }

    /**
     * The communities an issue names, by rule 5's order: its labels, else its title, else its body; the first
     * of these that names any decides. Empty when none does.
     */
    Set<Community> namedBy(GitHubIssue issue) {
        for (String[] texts : List.of(issue.labels().toArray(String[]::new), new String[] {issue.title()},
                new String[] {issue.body()})) {
            Set<Community> named = namedIn(texts);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return Set.of();
    }

    /** Communities named anywhere in the texts, in order of first appearance. */
    Set<Community> namedIn(String... texts) {
        Set<Community> found = new LinkedHashSet<>();
        for (String text : texts) {
            List<String> words = words(text);
            for (int i = 0; i < words.size(); i++) {
                for (Spelling spelling : byFirstWord.getOrDefault(words.get(i), List.of())) {
                    if (startsAt(words, i, spelling.words())) {
                        found.add(spelling.community());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The community whose name or alias appears in the text as whole words, the longest such spelling winning
     * ("26 Mars University Library" names Mars University Library before Mars University); empty when none does.
     */
    Optional<Community> longestNamedIn(String text) {
        List<String> words = words(text);
        Spelling longest = null;
        for (int i = 0; i < words.size(); i++) {
            for (Spelling spelling : byFirstWord.getOrDefault(words.get(i), List.of())) {
                if (startsAt(words, i, spelling.words()) && (longest == null || length(spelling) > length(longest))) {
                    longest = spelling;
                }
            }
        }
        return Optional.ofNullable(longest).map(Spelling::community);
    }

    private static int length(Spelling spelling) {
        return String.join(" ", spelling.words()).length();
    }

    private static boolean startsAt(List<String> words, int at, List<String> wanted) {
        if (at + wanted.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < wanted.size(); j++) {
            if (!words.get(at + j).equals(wanted.get(j))) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
