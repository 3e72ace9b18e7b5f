package org.csh.reconciler.job;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Launches the job from the command line; switched off in tests that launch it themselves. */
@Configuration(proxyBeanMethods = false)
public class RunnerConfiguration {

    @Bean
    RangeLauncher rangeLauncher(JobOperator jobOperator, JobRepository jobRepository, Job reconcileJob) {
        return new RangeLauncher(jobOperator, jobRepository, reconcileJob);
    }

    @Bean
    @ConditionalOnProperty(name = "csh.run-on-startup", havingValue = "true", matchIfMissing = true)
    ReconcileRunner reconcileRunner(CshProperties properties, RangeLauncher launcher, Clock clock,
            RunSnapshots snapshots) {
        return new ReconcileRunner(properties, launcher, clock, new StatementCommand(properties, snapshots));
    }
}
