package org.csh.reconciler.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The communities a mistyped name probably meant, for the one line that rejects it. */
public final class ClosestNames {

    private static final int MAX_SUGGESTIONS = 5;

    private ClosestNames() {
    }

    /** {@code did you mean 'A', 'B'?}, else the first known names, else that there are none. */
    public static String suggestions(String asked, Communities communities) {
        String wanted = normal(asked);
        record Candidate(String name, int distance) {
        }
        List<Candidate> close = new ArrayList<>();
        for (Community community : communities.all()) {
            int best = Integer.MAX_VALUE;
            for (String spelling : community.spellings()) {
                String known = normal(spelling);
                int distance = known.contains(wanted) || wanted.contains(known) ? 0 : distance(wanted, known);
                if (wanted.length() < known.length()) {
                    // a shortened name with a slip, e.g. "Exampel Univ"
                    distance = Math.min(distance, distance(wanted, known.substring(0, wanted.length())));
                }
                best = Math.min(best, distance);
            }
            if (best <= Math.max(2, wanted.length() / 3)) {
                close.add(new Candidate(community.name(), best));
            }
        }
        if (!close.isEmpty()) {
            close.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
            Set<String> names = new LinkedHashSet<>();
            close.stream().limit(MAX_SUGGESTIONS).forEach(candidate -> names.add("'" + candidate.name() + "'"));
            return "did you mean " + String.join(", ", names) + "?";
        }
        List<String> all = communities.all().stream().map(Community::name).sorted().toList();
        if (all.isEmpty()) {
            return "the file lists no community";
        }
        return "known communities: " + String.join(", ", all.subList(0, Math.min(10, all.size())))
                + (all.size() > 10 ? ", …" : "");
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Edit distance: typing slips and dropped letters count one each. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
