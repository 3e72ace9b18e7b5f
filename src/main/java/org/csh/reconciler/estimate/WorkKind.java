package org.csh.reconciler.estimate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of CSH work whose effort differs most (a quota question is minutes, a grant co-writing session is an
 * afternoon), each with the words that give it away and a built-in guess for when the organisation has not timed
 * enough of them to learn its own.
 */
public enum WorkKind {

    INCIDENT("incident", 120, "incident|outage|post-?mortem|downtime|root cause|went down|is down|crash(?:ed|es)?"
            + "|unavailable|502|503|degraded|rca"),
    GRANT("grant co-writing", 240, "grant|proposal|co-?writ\\w*|letter of support|data management plan|dmp"
            + "|budget justification|funding|nsf|erc|nih|horizon europe|reviewer response"),
    WORKSHOP("workshop", 180, "workshop|hackathon|hackweek|bootcamp|carpentr\\w*|summer school|tutorial session"),
    TRAINING("training", 120, "training|train(?:ed)?|onboard\\w*|teach\\w*|course|lecture|webinar|demo for"),
    OFFICE_HOURS("office hours", 60, "office hours?|drop-?in|open hours"),
    IMAGE("image management", 90, "image|docker\\w*|container|conda|environment\\.yml|requirements\\.txt"
            + "|r2d|repo2docker|package|pip|kernel|rebuild|base image|dependenc\\w*"),
    QUOTA("quota question", 30, "quota|storage|disk|gpus?|memory limit|ram|cpu limit|volume|home directory"),
    SUPPORT("support question", 45, "question|asked|how (?:do|to|can)|help with|support request|login|log in"
            + "|password|access|permission|error|ticket|email(?:ed)?|slack"),
    PLANNING("planning", 60, "planning|roadmap|kick-?off|quarterly|review meeting|retro\\w*|strategy|priorit\\w*"),
    MEETING("meeting or call", 60, "meeting|call|check-?in|sync|stand-?up|zoom|meet|catch-?up");

    private final String label;
    private final long builtInMinutes;
    private final Pattern words;

    WorkKind(String label, long builtInMinutes, String words) {
        this.label = label;
        this.builtInMinutes = builtInMinutes;
        this.words = Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** How the kind reads in an estimate's basis, e.g. {@code prior: workshop (median of 14 timed, 3 h)}. */
    public String label() {
        return label;
    }

    /** The guess for this kind before the organisation has timed enough of them. */
    public long builtInMinutes() {
        return builtInMinutes;
    }

    /**
     * The kind whose words occur most, a word in the title counting double because the title names the work and
     * the text often mentions other things; ties go to the kind listed first. Empty when no kind's words occur.
     */
    public static Optional<WorkKind> of(String title, String text) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        String x = text == null ? "" : text.toLowerCase(Locale.ROOT);
        WorkKind best = null;
        int bestScore = 0;
        for (WorkKind kind : values()) {
            int score = 2 * count(kind.words.matcher(t)) + count(kind.words.matcher(x));
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
