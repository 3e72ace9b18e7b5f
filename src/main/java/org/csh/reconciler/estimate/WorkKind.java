package org.csh.reconciler.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of CSH work whose effort differs most (a quota question is minutes, a grant co-writing session is an
 * afternoon), each with the words that give it away and a built-in guess for when the organisation has not timed
 * enough of them to learn its own.
 */
public enum WorkKind {

    INCIDENT("incident", 120, "incident outage postmortem post-mortem downtime root-cause down crash crashed unavailable"
            + " degraded rca"),
    GRANT("grant co-writing", 240, "grant proposal co-writing cowriting co-wrote letter-of-support dmp"
            + " data-management-plan budget-justification funding nsf erc nih reviewer"),
    WORKSHOP("workshop", 180, "workshop hackathon hackweek bootcamp carpentries carpentry summer-school"),
    TRAINING("training", 120, "training trained train onboarding onboard teach teaching course lecture webinar"),
    OFFICE_HOURS("office hours", 60, "office-hours drop-in"),
    IMAGE("image management", 90, "image images docker dockerfile container conda environment.yml repo2docker"
            + " package packages pip kernel rebuild rebuilt dependencies dependency"),
    QUOTA("quota question", 30, "quota storage disk gpu gpus memory ram volume home-directory"),
    SUPPORT("support question", 45, "question asked help support login password access permission error"
            + " errors ticket email"),
    PLANNING("planning", 60, "planning roadmap kick-off kickoff quarterly retrospective retro strategy priorities"),
    MEETING("meeting or call", 60, "meeting call check-in sync standup stand-up zoom catch-up");

    private final String label;
    private final long builtInMinutes;
    /** Each cue is one word or a phrase, as the stems {@link WorkText} makes of it; a phrase needs all its words. */
    private final List<List<String>> cues;

    WorkKind(String label, long builtInMinutes, String words) {
        this.label = label;
        this.builtInMinutes = builtInMinutes;
        List<List<String>> cues = new ArrayList<>();
        for (String word : words.split(" ")) {
            // a hyphenated cue is a phrase ("office-hours") unless it reads as one word ("co-writing" -> "co writ")
            cues.add(new ArrayList<>(WorkText.of("", word.replace('-', ' ')).termCounts().keySet()));
        }
        cues.removeIf(List::isEmpty);
        this.cues = cues;
    }

    /** How the kind reads in an estimate's basis, e.g. {@code prior: workshop (median of 14 timed, 3 h)}. */
    public String label() {
        return label;
    }

    /** The guess for this kind before the organisation has timed enough of them. */
    public long builtInMinutes() {
        return builtInMinutes;
    }

    /** The kind of a title and text; see {@link #of(Map)}. */
    public static Optional<WorkKind> of(String title, String text) {
        return WorkText.withKind(title, text).kind();
    }

    /**
     * The kind whose cues occur most in these word counts (a title word counts double, because the title names the
     * work and the text often mentions other things); ties go to the kind listed first. Empty when no cue occurs.
     */
    static Optional<WorkKind> of(Map<String, Integer> termCounts) {
        WorkKind best = null;
        int bestScore = 0;
        for (WorkKind kind : values()) {
            int score = 0;
            for (List<String> cue : kind.cues) {
                int least = Integer.MAX_VALUE;
                for (String word : cue) {
                    least = Math.min(least, termCounts.getOrDefault(word, 0));
                }
                score += least;
            }
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
