package org.csh.reconciler.reconcile;

import java.util.Map;
import java.util.OptionalLong;

import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.hours.Minutes;

/**
 * Rule 2: the logged hours of a work item = GitHub Hours (the board's, else the mirror's field) + Actual
 * time; else the Asana Total Time field. A pair logged twice counts once, with the larger hours.
 */
final class HoursRule {

    static final long ABSURD_MINUTES = 24 * 60;

    private final Map<String, Double> boardHours;

    /** @param boardHours board values keyed by {@link IssueUrl#key} */
    HoursRule(Map<String, Double> boardHours) {
        this.boardHours = boardHours;
    }

    void apply(ItemDraft draft) {
        OptionalLong logged;
        if (draft.issue.isPresent()) {
            logged = issueHours(draft);
            for (AsanaEntry extra : draft.otherMirrors) {
                logged = larger(logged, ownHours(draft, extra.item()));
            }
            for (AsanaEntry twin : draft.twins) {
                logged = larger(logged, ownHours(draft, twin.item()));
            }
        } else {
            logged = ownHours(draft, draft.asanaOnly.orElseThrow().item());
        }
        if (logged.isPresent() && logged.getAsLong() > ABSURD_MINUTES) {
            draft.flag(Finding.Code.INVALID_DATA, "more than 24 h logged on one item (" + Minutes.format(logged.getAsLong())
                    + "); counted as logged, but check it");
        }
        draft.loggedMinutes = logged;
    }

    private OptionalLong issueHours(ItemDraft draft) {
        HoursText board = HoursText.ofHours(boardHours.get(draft.key), "board GitHub Hours");
        report(draft, board);
        if (draft.mirror.isEmpty()) {
            return board.minutes();
        }
        AsanaWorkItem mirror = draft.mirror.get().item();
        HoursText mirrored = HoursText.parse(mirror.githubHours(), "mirror's GitHub Hours");
        report(draft, mirrored);
        if (board.isPresent() && mirrored.isPresent() && board.minutes().getAsLong() != mirrored.minutes().getAsLong()) {
            draft.flag(Finding.Code.HOURS_MISMATCH, "board GitHub Hours " + Minutes.format(board.minutes().getAsLong())
                    + " but the mirror's field says " + Minutes.format(mirrored.minutes().getAsLong())
                    + "; the board's value is counted");
        }
        HoursText github = board.isPresent() ? board : mirrored;
        return combine(draft, github, mirror);
    }

    private OptionalLong ownHours(ItemDraft draft, AsanaWorkItem item) {
        HoursText github = HoursText.parse(item.githubHours(), "GitHub Hours");
        report(draft, github);
        return combine(draft, github, item);
    }

    private OptionalLong combine(ItemDraft draft, HoursText github, AsanaWorkItem item) {
        HoursText actual = HoursText.ofMinutes(item.actualTimeMinutes(), "Actual time");
        report(draft, actual);
        if (github.isPresent() || actual.isPresent()) {
            return OptionalLong.of(github.minutes().orElse(0) + actual.minutes().orElse(0));
        }
        HoursText total = HoursText.parse(item.totalTime(), "Total Time");
        report(draft, total);
        return total.minutes();
    }

    private static void report(ItemDraft draft, HoursText value) {
        value.problem().ifPresent(problem -> draft.flag(Finding.Code.INVALID_DATA, problem));
    }

    private static OptionalLong larger(OptionalLong a, OptionalLong b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.getAsLong() > a.getAsLong() ? b : a;
    }

    /** Logged minutes of one Asana item on its own, as its CSH task's Hours Total should add them up. */
    static OptionalLong ofAsanaItem(AsanaWorkItem item) {
        HoursText github = HoursText.parse(item.githubHours(), "GitHub Hours");
        HoursText actual = HoursText.ofMinutes(item.actualTimeMinutes(), "Actual time");
        if (github.isPresent() || actual.isPresent()) {
            return OptionalLong.of(github.minutes().orElse(0) + actual.minutes().orElse(0));
        }
        return HoursText.parse(item.totalTime(), "Total Time").minutes();
    }
}
