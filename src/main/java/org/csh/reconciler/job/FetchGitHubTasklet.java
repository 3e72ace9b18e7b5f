package org.csh.reconciler.job;

import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.github.GitHubSource;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 1: reads the CSH issues, sub-issues and board hours, and stores them for the next steps. */
class FetchGitHubTasklet implements Tasklet {

    static final String SNAPSHOT = "github";

    private final GitHubSource github;
    private final RunSnapshots snapshots;

    FetchGitHubTasklet(GitHubSource github, RunSnapshots snapshots) {
        this.github = github;
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        GitHubSnapshot snapshot = github.fetch();
        contribution.getStepExecution().setReadCount(snapshot.issues().size());
        snapshots.save(JobRange.of(contribution), SNAPSHOT, snapshot);
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
