package org.csh.reconciler.job;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaSource;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 2: reads the engagements, CSH tasks and work items, and stores them for the next steps. */
class FetchAsanaTasklet implements Tasklet {

    private final AsanaSource asana;
    private final RunSnapshots snapshots;

    FetchAsanaTasklet(AsanaSource asana, RunSnapshots snapshots) {
        this.asana = asana;
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        AsanaSnapshot snapshot = asana.fetch();
        contribution.getStepExecution().setReadCount(SourceCounts.record(contribution, snapshot));
        snapshots.save(JobRange.of(contribution), StepData.ASANA, snapshot);
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
