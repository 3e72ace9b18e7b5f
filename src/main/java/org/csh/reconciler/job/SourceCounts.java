package org.csh.reconciler.job;

import java.util.Optional;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSnapshot;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How much each fetch step read, kept in the job's execution context (which a restart carries over), so that
 * the report's Read me sheet can say so without deserialising both snapshots again.
 */
final class SourceCounts {

    private static final String GITHUB_ISSUES = "csh.github.issues";
    private static final String GITHUB_LABELLED = "csh.github.labelled";
    private static final String GITHUB_BOARD_VALUES = "csh.github.board-values";
    private static final String ASANA_ITEMS = "csh.asana.items";
    private static final String ASANA_ENGAGEMENTS = "csh.asana.engagements";

    /**
     * What the GitHub step read.
     *
     * @param issues   every issue read, once each
     * @param labelled those of them carrying the CSH label; the others are unlabelled sub-issues
     */
    record GitHub(long issues, long labelled, long boardValues) {
    }

    /** What the Asana step read. */
    record Asana(long items, long engagements) {
    }

    private SourceCounts() {
    }

    static void record(StepContribution contribution, GitHubSnapshot snapshot) {
        ExecutionContext job = jobContext(contribution);
        job.putLong(GITHUB_ISSUES, snapshot.issues().size());
        job.putLong(GITHUB_LABELLED, snapshot.issues().stream().filter(GitHubIssue::labelled).count());
        job.putLong(GITHUB_BOARD_VALUES, snapshot.boardHours().size());
    }

    /** @return the number of work items read */
    static long record(StepContribution contribution, AsanaSnapshot snapshot) {
        long items = workItems(snapshot);
        ExecutionContext job = jobContext(contribution);
        job.putLong(ASANA_ITEMS, items);
        job.putLong(ASANA_ENGAGEMENTS, snapshot.engagements().size());
        return items;
    }

    /** The Asana work items of a snapshot: every item below the CSH tasks, once each. */
    static long workItems(AsanaSnapshot snapshot) {
        return snapshot.engagements().stream().flatMap(e -> e.cshTasks().stream()).mapToLong(t -> t.items().size()).sum()
                + snapshot.logProjects().stream().mapToLong(p -> p.items().size()).sum();
    }

    static Optional<GitHub> github(StepContribution contribution) {
        ExecutionContext job = jobContext(contribution);
        return job.containsKey(GITHUB_ISSUES)
                // a run restarted from before the labelled count was kept counts every issue as labelled
                ? Optional.of(new GitHub(job.getLong(GITHUB_ISSUES), job.getLong(GITHUB_LABELLED, job.getLong(GITHUB_ISSUES)),
                        job.getLong(GITHUB_BOARD_VALUES)))
                : Optional.empty();
    }

    static Optional<Asana> asana(StepContribution contribution) {
        ExecutionContext job = jobContext(contribution);
        return job.containsKey(ASANA_ITEMS)
                ? Optional.of(new Asana(job.getLong(ASANA_ITEMS), job.getLong(ASANA_ENGAGEMENTS)))
                : Optional.empty();
    }

    private static ExecutionContext jobContext(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getExecutionContext();
    }
}
