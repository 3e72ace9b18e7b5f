package org.csh.reconciler.job;

import java.nio.file.Path;

import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.report.FlagsCsvWriter;
import org.csh.reconciler.report.WorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 4: writes the workbook and the BD-flags CSV into {@code csh.report.dir}. */
class WriteReportTasklet implements Tasklet {

    static final String WORKBOOK_PATH = "workbook";

    private static final Logger log = LoggerFactory.getLogger(WriteReportTasklet.class);

    private final CshProperties properties;
    private final RunSnapshots snapshots;

    WriteReportTasklet(CshProperties properties, RunSnapshots snapshots) {
        this.properties = properties;
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ReconcileResult result = snapshots.load(JobRange.of(contribution), ReconcileTasklet.RESULT, ReconcileResult.class);
        contribution.getStepExecution().setReadCount(result.items().size());
        Path dir = properties.report().dir();
        Path workbook = new WorkbookWriter().write(result, dir);
        Path flags = new FlagsCsvWriter().write(result, dir);
        contribution.incrementWriteCount(2);
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putString(WORKBOOK_PATH, workbook.toAbsolutePath().toString());
        log.info("report written: {} and {} ({} communities, {} flagged, {} work items, {} findings)", workbook, flags,
                result.communities().size(), result.flagged().size(), result.items().size(), result.findings().size());
        return RepeatStatus.FINISHED;
    }
}
