package org.csh.reconciler.reconcile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.hours.Minutes;

/**
 * A work item while the rules are still deciding about it. Each rule fills in its part, then
 * {@link #toWorkItem()} freezes it; findings stay attached so that out-of-range items take theirs along.
 */
final class ItemDraft {

    final String key;
    final Optional<GitHubIssue> issue;
    final Optional<AsanaEntry> mirror;
    /** Further mirrors of the same issue (the automation ran twice): their hours may be the larger. */
    final List<AsanaEntry> otherMirrors;
    final List<AsanaEntry> twins;
    final Optional<AsanaEntry> asanaOnly;

    Optional<Community> community = Optional.empty();
    ItemState state = ItemState.OPEN;
    Optional<Instant> completedAt = Optional.empty();
    Optional<LocalDate> completedOn = Optional.empty();
    OptionalLong loggedMinutes = OptionalLong.empty();
    Optional<Estimate> estimate = Optional.empty();
    private final List<Finding.Code> codes = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    private ItemDraft(String key, Optional<GitHubIssue> issue, List<AsanaEntry> mirrors, List<AsanaEntry> twins,
            Optional<AsanaEntry> asanaOnly) {
        this.key = key;
        this.issue = issue;
        this.mirror = mirrors.stream().findFirst();
        this.otherMirrors = List.copyOf(mirrors.subList(Math.min(1, mirrors.size()), mirrors.size()));
        this.twins = List.copyOf(twins);
        this.asanaOnly = asanaOnly;
    }

    /** @param mirrors the issue's mirrors, the first one speaking for it */
    static ItemDraft forIssue(GitHubIssue issue, List<AsanaEntry> mirrors, List<AsanaEntry> twins) {
        return new ItemDraft(IssueUrl.key(issue.url()), Optional.of(issue), mirrors, twins, Optional.empty());
    }

    static ItemDraft forAsana(AsanaEntry entry) {
        return new ItemDraft("asana:" + entry.item().gid(), Optional.empty(), List.of(), List.of(),
                Optional.of(entry));
    }

    void flag(Finding.Code code, String detail) {
        codes.add(code);
        details.add(detail);
    }

    /** The Asana item that speaks for this work: the mirror, else the Asana-only task. */
    Optional<AsanaEntry> asana() {
        return mirror.isPresent() ? mirror : asanaOnly;
    }

    /** Where the item is filed in Asana, which decides its community before any text does. */
    Optional<AsanaEntry> filing() {
        if (mirror.isPresent()) {
            return mirror;
        }
        if (asanaOnly.isPresent()) {
            return asanaOnly;
        }
        return twins.stream().findFirst();
    }

    String title() {
        return issue.map(GitHubIssue::title).orElseGet(() -> asanaOnly.orElseThrow().item().name());
    }

    String text() {
        return issue.map(GitHubIssue::body).orElseGet(() -> asanaOnly.orElseThrow().item().notes());
    }

    String url() {
        return issue.map(GitHubIssue::url).orElseGet(() -> asanaOnly.orElseThrow().item().url());
    }

    Source source() {
        if (issue.isEmpty()) {
            return Source.ASANA;
        }
        return mirror.isPresent() || !twins.isEmpty() ? Source.BOTH : Source.GITHUB;
    }

    OptionalLong countedMinutes() {
        return estimate.isPresent() ? OptionalLong.of(estimate.get().minutes()) : loggedMinutes;
    }

    boolean isDeliveredOn(LocalDate first, LocalDate last) {
        return state == ItemState.COMPLETED && completedOn.isPresent()
                && !completedOn.get().isBefore(first) && !completedOn.get().isAfter(last);
    }

    WorkItem toWorkItem() {
        return new WorkItem(key, community.map(Community::name), source(), title(), url(), state, completedOn,
                countedMinutes().isPresent() ? Optional.of(Minutes.toHours(countedMinutes().getAsLong())) : Optional.empty(),
                estimate);
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            findings.add(new Finding(codes.get(i), community.map(Community::name), Optional.ofNullable(url()), details.get(i)));
        }
        return findings;
    }
}
