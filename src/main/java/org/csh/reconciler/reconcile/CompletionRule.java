package org.csh.reconciler.reconcile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.csh.reconciler.github.GitHubIssue;

/**
 * Rule 4: whether a work item was delivered, and on which date in {@code csh.zone}. An issue decides for
 * its mirror; a closure for any reason but {@code completed} means the work was not delivered.
 */
final class CompletionRule {

    private final ZoneId zone;

    CompletionRule(ZoneId zone) {
        this.zone = zone;
    }

    void apply(ItemDraft draft) {
        if (draft.issue.isPresent()) {
            applyIssue(draft, draft.issue.get());
            // work logged by hand and completed while its issue was left open was delivered; an issue closed as
            // not planned or duplicate was not, whatever a repeat of it says
            if (draft.state == ItemState.OPEN) {
                draft.twins.stream().filter(t -> t.item().completed()).findFirst()
                        .ifPresent(twin -> completeAsana(draft, twin));
            }
        } else {
            AsanaEntry entry = draft.asanaOnly.orElseThrow();
            if (entry.item().completed()) {
                completeAsana(draft, entry);
            }
        }
    }

    private void applyIssue(ItemDraft draft, GitHubIssue issue) {
        if (!issue.isClosed()) {
            draft.state = ItemState.OPEN;
            if (draft.mirror.isEmpty()) {
                draft.flag(Finding.Code.NOT_SYNCED, "open CSH issue has no Asana mirror");
            }
            return;
        }
        Optional<Instant> closedAt = Optional.ofNullable(issue.closedAt());
        if (closedAt.isEmpty()) {
            draft.flag(Finding.Code.INVALID_DATA, "closed issue has no closed_at date; not counted");
        }
        if (deliveredReason(issue.stateReason())) {
            complete(draft, closedAt);
            if (draft.mirror.isEmpty()) {
                draft.flag(Finding.Code.NOT_SYNCED, "completed CSH issue has no Asana mirror");
            }
            return;
        }
        draft.state = ItemState.NOT_DELIVERED;
        draft.completedAt = closedAt;
        draft.completedOn = closedAt.map(at -> at.atZone(zone).toLocalDate());
        draft.mirror.ifPresent(mirror -> draft.flag(Finding.Code.STALE_MIRROR, "issue was closed as "
                + issue.stateReason() + ", so the work was not delivered; its Asana mirror " + mirror.item().url()
                + " does not count and should be closed or removed"));
    }

    /** Issues closed before GitHub recorded reasons have none; they were closed as done. */
    private static boolean deliveredReason(String stateReason) {
        return stateReason == null || stateReason.isBlank() || "completed".equals(stateReason.toLowerCase(Locale.ROOT));
    }

    /**
     * When an Asana-only item was delivered: the date {@code csh.asana.delivered-on} names, where set and a date, on
     * its {@code completed_at}; else {@code completed_at} itself (SPEC rule 4).
     */
    private void completeAsana(ItemDraft draft, AsanaEntry entry) {
        Optional<Instant> at = completedAt(draft, entry);
        Optional<LocalDate> on = deliveredOn(draft, entry);
        if (on.isPresent()) {
            draft.state = ItemState.COMPLETED;
            // the time of day is unknown: noon in the zone keeps the date whatever the zone
            draft.completedAt = Optional.of(at.orElse(on.get().atTime(12, 0).atZone(zone).toInstant()));
            draft.completedOn = on;
            return;
        }
        if (at.isEmpty()) {
            String raw = entry.item().completedAt();
            draft.flag(Finding.Code.INVALID_DATA, raw == null || raw.isBlank()
                    ? "completed Asana task " + entry.item().url() + " has no completed_at date; not counted"
                    : "completed_at '" + raw + "' of Asana task " + entry.item().url()
                            + " is not an ISO-8601 instant; not counted");
        }
        complete(draft, at);
    }

    private static Optional<Instant> completedAt(ItemDraft draft, AsanaEntry entry) {
        String raw = entry.item().completedAt();
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> deliveredOn(ItemDraft draft, AsanaEntry entry) {
        String raw = entry.item().deliveredOn();
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            // a date field may carry a time too ("2026-11-03T14:00:00.000Z"): its day is what was meant
            return Optional.of(LocalDate.parse(raw.strip().length() > 10 ? raw.strip().substring(0, 10) : raw.strip()));
        } catch (DateTimeParseException e) {
            draft.flag(Finding.Code.INVALID_DATA, "delivery date '" + raw + "' (csh.asana.delivered-on) of Asana task "
                    + entry.item().url() + " is not a date (YYYY-MM-DD); dated by completed_at instead");
            return Optional.empty();
        }
    }

    private void complete(ItemDraft draft, Optional<Instant> at) {
        draft.state = ItemState.COMPLETED;
        draft.completedAt = at;
        draft.completedOn = at.map(instant -> instant.atZone(zone).toLocalDate());
    }
}
