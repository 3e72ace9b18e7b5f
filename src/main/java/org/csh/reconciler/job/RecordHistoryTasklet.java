package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.csh.reconciler.store.StepData;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The last step: stores each community's figures in the history, so only completed runs are kept. */
class RecordHistoryTasklet implements Tasklet {

    private final RunSnapshots snapshots;
    private final StatusHistory history;
    private final Clock clock;

    RecordHistoryTasklet(RunSnapshots snapshots, StatusHistory history, Clock clock) {
        this.snapshots = snapshots;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReconcileResult result = snapshots.load(JobRange.of(contribution), StepData.RESULT);
        contribution.getStepExecution().setReadCount(result.communities().size());
        history.record(result, clock.instant());
        contribution.incrementWriteCount(result.communities().size());
        return RepeatStatus.FINISHED;
    }
}
