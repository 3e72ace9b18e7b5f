package org.csh.reconciler.job;

import java.time.Clock;
import java.time.LocalDate;

import org.csh.reconciler.asana.AsanaFieldWriter;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.csh.reconciler.writeback.WriteBack;
import org.csh.reconciler.writeback.WriteBackPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Step 6: writes each community's used hours into {@code csh.asana.write-back.used-field} on its current CSH tasks,
 * where they changed. Off unless the field is named, with {@code --no-write-back}, and for a range ending before today.
 * A task missing the field, or a write Asana refuses, is a WARN line; the step, and the run, still complete.
 */
class WriteBackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteBackTasklet.class);

    private final CshProperties properties;
    private final RunSnapshots snapshots;
    private final ObjectProvider<AsanaFieldWriter> writer;
    private final Clock clock;

    WriteBackTasklet(CshProperties properties, RunSnapshots snapshots, ObjectProvider<AsanaFieldWriter> writer,
            Clock clock) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        CshProperties.WriteBack settings = properties.asana().writeBack();
        if (!settings.enabled()) {
            log.info("no write-back to Asana: csh.asana.write-back.used-field is not set");
            return RepeatStatus.FINISHED;
        }
        if (!JobRange.writeBack(contribution.getStepExecution().getJobParameters())) {
            log.info("no write-back to Asana: --no-write-back");
            return RepeatStatus.FINISHED;
        }
        RunArguments.DateRange range = JobRange.of(contribution);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        if (!WriteBackPlan.reachesToday(range.to(), today)) {
            log.info("no write-back to Asana: the range ends {}, before today ({} in {}); Asana shows the latest"
                    + " figures, which the next run reaching today writes", range.to(), today, properties.zone());
            return RepeatStatus.FINISHED;
        }
        ReconcileResult result = snapshots.load(range, StepData.RESULT);
        contribution.getStepExecution().setReadCount(result.currentTasks().size());
        WriteBackPlan plan = WriteBackPlan.of(result, settings.usedField().strip());
        plan.problems().forEach(problem -> log.warn("write-back: {}", problem));
        WriteBack.Outcome outcome = WriteBack.apply(plan, writer.getObject(), properties.asana().concurrency());
        outcome.failures().forEach(log::warn);
        contribution.incrementWriteCount(outcome.written());
        log.info(outcome.summary());
        return RepeatStatus.FINISHED;
    }
}
