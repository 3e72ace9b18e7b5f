package org.csh.reconciler.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.report.FlagsCsvWriter;
import org.csh.reconciler.report.ReportContext;
import org.csh.reconciler.report.ReportPair;
import org.csh.reconciler.report.WorkbookWriter;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.csh.reconciler.store.StatusSnapshot;
import org.csh.reconciler.store.StepData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

/** Step 4: writes the workbook and the BD-flags CSV into {@code csh.report.dir}. */
class WriteReportTasklet implements Tasklet {

    static final String WORKBOOK_PATH = "workbook";

    private static final Logger log = LoggerFactory.getLogger(WriteReportTasklet.class);

    private final CshProperties properties;
    private final RunSnapshots snapshots;
    private final ObjectProvider<StatusHistory> history;
    private final Clock clock;

    WriteReportTasklet(CshProperties properties, RunSnapshots snapshots, ObjectProvider<StatusHistory> history,
            Clock clock) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunArguments.DateRange range = JobRange.of(contribution);
        ReconcileResult result = snapshots.load(range, StepData.RESULT);
        contribution.getStepExecution().setReadCount(result.items().size());
        Path dir = properties.report().dir();
        // replaced as a pair: a CSV that cannot be written leaves the previous workbook too
        ReportPair.Written written = ReportPair.write(new WorkbookWriter(), new FlagsCsvWriter(), result,
                context(contribution, result), dir);
        Path workbook = written.workbook();
        Path flags = written.flags();
        contribution.incrementWriteCount(2);
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putString(WORKBOOK_PATH, workbook.toAbsolutePath().toString());
        log.info("report written: {} and {} ({} communities, {} flagged, {} work items, {} findings)", workbook, flags,
                result.communities().size(), result.flagged().size(), result.items().size(), result.findings().size());
        return RepeatStatus.FINISHED;
    }

    private ReportContext context(StepContribution contribution, ReconcileResult result) {
        int runs = Math.max(1, properties.report().trendRuns());
        // without a history store (or before its first run) the trend shows this run alone
        StatusHistory store = history.getIfAvailable();
        List<StatusSnapshot> earlier = store == null ? List.of() : store.lastRuns(runs);
        return new ReportContext(clock.instant(), properties.zone(), sources(contribution),
                Optional.of(new ReportContext.Thresholds(properties.flags().overRatio(), properties.flags().underRatio())),
                result.contracts().communities(), earlier, runs);
    }

    private List<ReportContext.SourceCount> sources(StepContribution contribution) {
        List<ReportContext.SourceCount> sources = new ArrayList<>();
        SourceCounts.github(contribution).ifPresent(github -> {
            CshProperties.GitHub settings = properties.github();
            sources.add(ReportContext.SourceCount.github(github.issues(), github.labelled(), settings.label(),
                    settings.repositories(), settings.project().owner(), settings.project().number(),
                    github.boardValues()));
        });
        SourceCounts.asana(contribution).ifPresent(asana -> {
            CshProperties.Asana settings = properties.asana();
            sources.add(ReportContext.SourceCount.asana(asana.items(), asana.engagements(), settings.cshTaskName(),
                    settings.portfolioGid(), settings.projectGids(), settings.logProjectGids()));
        });
        return sources;
    }
}
