package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.estimate.BackTest;
import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.estimate.Estimator;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.estimate.TimedItem;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.hours.Minutes;

/**
 * Applies the counting rules of SPEC.md to one run's data: links, counts each delivered hour once,
 * estimates untimed work, and compares each community's use with its contract.
 */
public final class Reconciler {

    private final Optional<Communities> contractsFile;
    private final String contractsSource;
    private final ReconcileSettings settings;
    private final EstimatorFactory estimators;

    /** Contracts from a contracts file. */
    public Reconciler(Communities communities, ReconcileSettings settings, EstimatorFactory estimators) {
        this(Optional.of(communities), "communities file", settings, estimators);
    }

    /**
     * @param contractsFile   the contracts file's communities; empty when there is no file, so that the contracts are
     *                        read from the CSH tasks in Asana
     * @param contractsSource how the Read me sheet names the file
     */
    public Reconciler(Optional<Communities> contractsFile, String contractsSource, ReconcileSettings settings,
            EstimatorFactory estimators) {
        this.contractsFile = contractsFile;
        this.contractsSource = contractsSource;
        this.settings = settings;
        this.estimators = estimators;
    }

    public ReconcileResult reconcile(GitHubSnapshot github, AsanaSnapshot asana) {
        FindingSink sink = new FindingSink();
        Communities file = contractsFile.orElse(new Communities(List.of()));
        EngagementCommunities.Resolution engaged = new EngagementCommunities(file).resolve(asana.engagements(), sink);
        List<FiledTask> tasks = TaskPeriods.of(asana.engagements(), engaged, sink);
        if (contractsFile.isEmpty()) {
            Map<Community, Community> contracted = AsanaContracts.withContracts(tasks, sink);
            engaged = engaged.replaced(contracted);
            tasks = tasks.stream().map(t -> new FiledTask(t.task(), t.engagement(),
                    contracted.getOrDefault(t.community(), t.community()), t.period())).toList();
        } else {
            AllocationRule allocations = new AllocationRule(settings.to());
            tasks.forEach(task -> allocations.check(task, sink));
            NoEngagementRule.check(file.all(), tasks, settings.to(), sink);
        }
        List<Community> everyCommunity = new ArrayList<>(file.all());
        everyCommunity.addAll(engaged.uncontracted());
        Communities communities = new Communities(everyCommunity);

        List<AsanaEntry> entries = new AsanaEntries(engaged).collect(asana, sink);
        List<ItemDraft> drafts = new Linker(github.issues(), new CommunityNames(communities), sink).link(entries);
        new CommunityResolver(communities, drafts).resolveAll(drafts);
        CompletionRule completion = new CompletionRule(settings.zone());
        HoursRule hours = new HoursRule(boardHoursByKey(github.boardHours()));
        WrongTaskRule wrongTask = new WrongTaskRule(tasks);
        for (ItemDraft draft : drafts) {
            completion.apply(draft);
            hours.apply(draft);
            wrongTask.apply(draft);
        }
        Optional<BackTestResult> backTest = estimateUntimed(drafts);

        List<ItemDraft> shown = drafts.stream().filter(this::inWindow).toList();
        List<Finding> findings = new ArrayList<>(sink.all());
        shown.forEach(d -> findings.addAll(d.findings()));
        List<CommunityStatus> statuses = statuses(communities, drafts, findings);

        findings.sort(Comparator.comparing(Finding::code).thenComparing(f -> f.community().orElse(""))
                .thenComparing(f -> f.url().orElse("")));
        List<WorkItem> items = shown.stream().map(ItemDraft::toWorkItem).toList();
        ContractsUsed used = new ContractsUsed(contractsFile.isPresent() ? contractsSource
                : "Asana: the Hours Total and dates of each CSH task (" + contractsSource + " does not exist)",
                contractsFile.isEmpty(), everyCommunity.stream().filter(c -> !c.contracts().isEmpty()).toList());
        return new ReconcileResult(settings.from(), settings.to(), statuses, items, findings, backTest, used,
                CurrentTasks.of(tasks, settings.to()));
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
                        + Minutes.format(draft.estimate.get().minutes()) + " (" + draft.estimate.get().basis() + ")");
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

    private List<CommunityStatus> statuses(Communities communities, List<ItemDraft> drafts, List<Finding> findings) {
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
            NoContractRule.check(community, its, settings.from(), settings.to(), findings);
        }
        statuses.sort(Comparator.comparing(CommunityStatus::community, String.CASE_INSENSITIVE_ORDER));
        return statuses;
    }
}
