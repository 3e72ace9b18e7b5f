package org.csh.reconciler.job;

import java.nio.file.Path;
import java.util.Optional;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: applies the counting rules to both snapshots and stores the result. */
class ReconcileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);

    private final CshProperties properties;
    private final EstimatorFactory estimators;
    private final RunSnapshots snapshots;

    ReconcileTasklet(CshProperties properties, EstimatorFactory estimators, RunSnapshots snapshots) {
        this.properties = properties;
        this.estimators = estimators;
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunArguments.DateRange range = JobRange.of(contribution);
        GitHubSnapshot github = snapshots.load(range, StepData.GITHUB);
        AsanaSnapshot asana = snapshots.load(range, StepData.ASANA);
        Path file = properties.communitiesFile();
        Optional<Communities> communities = CommunitiesFile.loadIfPresent(file);
        if (communities.isEmpty()) {
            log.info("contracts: csh.communities-file {} does not exist, so each CSH task's period and Hours Total in"
                    + " Asana is a contract period", file);
        }
        ReconcileSettings settings = new ReconcileSettings(range.from(), range.to(), properties.zone(),
                properties.flags().overRatio(), properties.flags().underRatio());

        ReconcileResult result = new Reconciler(communities, "communities file " + file, settings, estimators)
                .reconcile(github, asana);

        contribution.getStepExecution().setReadCount(github.issues().size() + SourceCounts.workItems(asana));
        contribution.incrementWriteCount(result.items().size());
        snapshots.save(range, StepData.RESULT, result);
        BackTestFigures.remember(contribution.getStepExecution().getJobExecution().getExecutionContext(), result);
        return RepeatStatus.FINISHED;
    }
}
