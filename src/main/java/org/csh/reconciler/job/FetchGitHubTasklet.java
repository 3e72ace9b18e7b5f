package org.csh.reconciler.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.github.GitHubSource;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.LastSnapshots;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: reads the CSH issues, sub-issues and board hours, and stores them for the next steps. A nightly run
 * reads only what changed since the last snapshot, unless the last full read is older than
 * {@code csh.incremental.full-every}.
 */
class FetchGitHubTasklet implements Tasklet {

    private final GitHubSource github;
    private final RunSnapshots snapshots;
    private final LastSnapshots last;
    private final CshProperties.Incremental incremental;
    private final Clock clock;
    /** What was read: a snapshot of other repositories, label or board is no starting point. */
    private final String scope;

    FetchGitHubTasklet(GitHubSource github, RunSnapshots snapshots, LastSnapshots last,
            CshProperties.Incremental incremental, Clock clock, String scope) {
        this.scope = scope;
        this.github = github;
        this.snapshots = snapshots;
        this.last = last;
        this.incremental = incremental;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String kind = lastKind();
        Optional<LastSnapshots.Stored<GitHubSnapshot>> previous = incremental.enabled()
                ? last.find(kind, GitHubSnapshot.class) : Optional.empty();
        Instant now = clock.instant();
        GitHubSnapshot snapshot;
        Instant fullAt;
        if (previous.isPresent() && previous.get().fullAt().plus(incremental.fullEvery()).isAfter(now)) {
            snapshot = github.refresh(previous.get().snapshot());
            fullAt = previous.get().fullAt();
        } else {
            snapshot = github.fetch();
            fullAt = snapshot.fetchedAt();
        }
        last.save(kind, snapshot, snapshot.fetchedAt(), fullAt);
        contribution.getStepExecution().setReadCount(snapshot.issues().size());
        SourceCounts.record(contribution, snapshot);
        snapshots.save(JobRange.of(contribution), StepData.GITHUB, snapshot);
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    private String lastKind() {
        return StepData.GITHUB.kind() + "-" + Integer.toHexString(scope.hashCode());
    }
}
