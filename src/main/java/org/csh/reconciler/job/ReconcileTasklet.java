package org.csh.reconciler.job;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 3: applies the counting rules to both snapshots and stores the result. */
class ReconcileTasklet implements Tasklet {

    static final String RESULT = "result";

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
        GitHubSnapshot github = snapshots.load(range, FetchGitHubTasklet.SNAPSHOT, GitHubSnapshot.class);
        AsanaSnapshot asana = snapshots.load(range, FetchAsanaTasklet.SNAPSHOT, AsanaSnapshot.class);
        Communities communities = CommunitiesFile.load(properties.communitiesFile());
        ReconcileSettings settings = new ReconcileSettings(range.from(), range.to(), properties.zone(),
                properties.flags().overRatio(), properties.flags().underRatio());

        ReconcileResult result = new Reconciler(communities, settings, estimators).reconcile(github, asana);

        contribution.getStepExecution().setReadCount(github.issues().size() + SourceCounts.workItems(asana));
        contribution.incrementWriteCount(result.items().size());
        snapshots.save(range, RESULT, result);
        EstimateEvaluation.remember(contribution.getStepExecution().getJobExecution().getExecutionContext(), result);
        return RepeatStatus.FINISHED;
    }
}
