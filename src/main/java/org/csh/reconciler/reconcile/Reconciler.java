package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.estimate.BackTest;
import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.estimate.Estimator;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.estimate.TimedItem;
import org.csh.reconciler.github.GitHubSnapshot;

/**
 * Applies the counting rules of SPEC.md to one run's data: links, counts each delivered hour once,
 * estimates untimed work, and compares each community's use with its contract.
 */
public final class Reconciler {

    private final Communities communities;
    private final ReconcileSettings settings;
    private final EstimatorFactory estimators;

    public Reconciler(Communities communities, ReconcileSettings settings, EstimatorFactory estimators) {
        this.communities = communities;
        this.settings = settings;
        this.estimators = estimators;
    }

    public ReconcileResult reconcile(GitHubSnapshot github, AsanaSnapshot asana) {
        FindingSink sink = new FindingSink();
        List<AsanaEntry> entries = entries(asana, sink);

        List<ItemDraft> drafts = new Linker(github.issues(), new CommunityNames(communities), sink).link(entries);
        new CommunityResolver(communities, drafts).resolveAll(drafts);
        CompletionRule completion = new CompletionRule(settings.zone());
        HoursRule hours = new HoursRule(boardHoursByKey(github.boardHours()));
        for (ItemDraft draft : drafts) {
            completion.apply(draft);
            hours.apply(draft);
        }
        Optional<BackTestResult> backTest = estimateUntimed(drafts);

        List<ItemDraft> shown = drafts.stream().filter(this::inWindow).toList();
        List<Finding> findings = new ArrayList<>(sink.all());
        shown.forEach(d -> findings.addAll(d.findings()));
        checkTotals(asana, entries, findings);
        List<CommunityStatus> statuses = statuses(drafts, findings);
        checkEngagements(asana, findings);

        findings.sort(Comparator.comparing(Finding::code).thenComparing(f -> f.community().orElse(""))
                .thenComparing(Finding::url));
        List<WorkItem> items = shown.stream().map(ItemDraft::toWorkItem).toList();
        return new ReconcileResult(settings.from(), settings.to(), statuses, items, findings, backTest);
    }

    private List<AsanaEntry> entries(AsanaSnapshot asana, FindingSink sink) {
        List<AsanaEntry> entries = new ArrayList<>();
        // gid → the task it was first met under; CSH tasks are there from the start, so one met again as a
        // subtask (a cycle) is never counted as work
        Map<String, String> firstParent = new HashMap<>();
        asana.engagements().forEach(engagement -> engagement.cshTasks()
                .forEach(task -> firstParent.put(task.gid(), "its project")));
        for (Engagement engagement : asana.engagements()) {
            Optional<Community> community = communities.bySpelling(engagement.name());
            int items = 0;
            for (CshTask task : engagement.cshTasks()) {
                for (AsanaWorkItem item : task.items()) {
                    String first = firstParent.putIfAbsent(item.gid(), "task " + item.parentGid());
                    if (first != null) {
                        sink.add(Finding.Code.INVALID_DATA, community, item.url(), "Asana task " + item.gid()
                                + " appears twice, under " + first + " and again under task " + item.parentGid()
                                + " (a cycle in subtask parents, or a task listed twice); counted once");
                        continue;
                    }
                    item.readProblems().forEach(problem -> sink.add(Finding.Code.INVALID_DATA, community, item.url(),
                            "Asana task " + item.gid() + ": " + problem));
                    entries.add(new AsanaEntry(item, engagement, task, community));
                    items++;
                }
            }
            if (community.isEmpty() && !engagement.cshTasks().isEmpty()) {
                sink.add(Finding.Code.UNKNOWN_COMMUNITY, Optional.empty(), engagement.url(), "Asana project '"
                        + engagement.name() + "' matches no community name or alias in communities.yml; its "
                        + items + " work items are not counted for any community");
            }
        }
        return entries;
    }

    private static Map<String, Double> boardHoursByKey(Map<String, Double> boardHours) {
        Map<String, Double> byKey = new HashMap<>();
        boardHours.forEach((url, hours) -> byKey.put(IssueUrl.key(url), hours));
        return byKey;
    }

    /** Estimates untimed completed items and back-tests the estimator on the timed ones, for the Estimates sheet. */
    private Optional<BackTestResult> estimateUntimed(List<ItemDraft> drafts) {
        List<TimedItem> history = drafts.stream()
                .filter(d -> d.state == ItemState.COMPLETED && d.loggedMinutes.isPresent() && d.completedAt.isPresent())
                .map(d -> new TimedItem(d.url(), d.title(), d.text(), d.loggedMinutes.getAsLong(), d.completedAt.get()))
                .toList();
        Estimator estimator = estimators.train(history);
        for (ItemDraft draft : drafts) {
            if (draft.state == ItemState.COMPLETED && draft.loggedMinutes.isEmpty()) {
                draft.estimate = Optional.of(estimator.estimate(draft.title(), draft.text()));
                draft.flag(Finding.Code.MISSING_TIME, "completed with no hours logged; estimated "
                        + Hours.format(draft.estimate.get().minutes()) + " (" + draft.estimate.get().basis() + ")");
            }
        }
        // a self-calibrating estimator has already back-tested itself while learning: no second back test
        return estimator.backTest().or(() -> Optional.of(new BackTest(estimators).run(history)));
    }

    /**
     * Open and undated items always show; dated ones from the earlier of {@code from} and their community's
     * period start, because the Summary's period-to-date figures are built from them, up to {@code to}.
     */
    private boolean inWindow(ItemDraft draft) {
        if (draft.completedOn.isEmpty()) {
            return true;
        }
        LocalDate first = draft.community.flatMap(c -> c.periodContaining(settings.to()))
                .map(ContractPeriod::start)
                .filter(start -> start.isBefore(settings.from()))
                .orElse(settings.from());
        LocalDate on = draft.completedOn.get();
        return !on.isBefore(first) && !on.isAfter(settings.to());
    }

    private List<CommunityStatus> statuses(List<ItemDraft> drafts, List<Finding> findings) {
        Map<Community, List<ItemDraft>> delivered = new LinkedHashMap<>();
        for (ItemDraft draft : drafts) {
            if (draft.community.isPresent() && draft.state == ItemState.COMPLETED && draft.completedOn.isPresent()) {
                delivered.computeIfAbsent(draft.community.get(), c -> new ArrayList<>()).add(draft);
            }
        }
        ContractStatusRule rule = new ContractStatusRule(settings);
        List<CommunityStatus> statuses = new ArrayList<>();
        for (Community community : communities.all()) {
            List<ItemDraft> its = delivered.getOrDefault(community, List.of());
            statuses.add(rule.status(community, its));
            for (ItemDraft draft : its) {
                LocalDate on = draft.completedOn.get();
                if (draft.isDeliveredOn(settings.from(), settings.to()) && community.periodContaining(on).isEmpty()) {
                    findings.add(new Finding(Finding.Code.NO_CONTRACT, Optional.of(community.name()), draft.url(),
                            Hours.format(draft.countedMinutes().orElse(0)) + " delivered on " + on
                                    + ", a date no contract of " + community.name() + " covers"));
                }
            }
        }
        statuses.sort(Comparator.comparing(CommunityStatus::community, String.CASE_INSENSITIVE_ORDER));
        return statuses;
    }

    private void checkTotals(AsanaSnapshot asana, List<AsanaEntry> entries, List<Finding> findings) {
        Map<String, Long> sums = new HashMap<>();
        for (AsanaEntry entry : entries) {
            OptionalLong own = HoursRule.ofAsanaItem(entry.item());
            sums.merge(entry.task().gid(), own.orElse(0), Long::sum);
        }
        for (Engagement engagement : asana.engagements()) {
            Optional<String> community = communities.bySpelling(engagement.name()).map(Community::name);
            for (CshTask task : engagement.cshTasks()) {
                HoursText total = HoursText.parse(task.hoursTotal(), "Hours Total");
                total.problem().ifPresent(p -> findings.add(new Finding(Finding.Code.INVALID_DATA, community, task.url(),
                        "CSH task '" + task.name() + "': " + p)));
                long sum = sums.getOrDefault(task.gid(), 0L);
                if (total.isPresent() && total.minutes().getAsLong() != sum) {
                    findings.add(new Finding(Finding.Code.TOTAL_MISMATCH, community, task.url(), "CSH task '"
                            + task.name() + "' says Hours Total " + Hours.format(total.minutes().getAsLong())
                            + " but its items add up to " + Hours.format(sum)));
                }
            }
        }
    }

    private void checkEngagements(AsanaSnapshot asana, List<Finding> findings) {
        Set<Community> engaged = new HashSet<>();
        for (Engagement engagement : asana.engagements()) {
            if (!engagement.cshTasks().isEmpty()) {
                communities.bySpelling(engagement.name()).ifPresent(engaged::add);
            }
        }
        for (Community community : communities.all()) {
            if (community.periodContaining(settings.to()).isPresent() && !engaged.contains(community)) {
                findings.add(new Finding(Finding.Code.NO_ENGAGEMENT, Optional.of(community.name()), "",
                        "contract covers " + settings.to() + " but no Asana engagement named " + community.name()
                                + " (or an alias) holds a CSH task"));
            }
        }
    }
}
