package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.cli.MailServer;
import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.cli.StatementCommand;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.settings.JobRunProperties;
import org.csh.reconciler.store.CshSchema;
import org.csh.reconciler.store.RunSnapshots;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Launches the job from the command line; switched off in tests that launch it themselves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobRunProperties.class)
public class RunnerConfiguration {

    @Bean
    RangeLauncher rangeLauncher(JobOperator jobOperator, JobRepository jobRepository, Job reconcileJob,
            RunHeartbeat heartbeat, JobRunProperties settings) {
        return new RangeLauncher(jobOperator, jobRepository, reconcileJob, heartbeat, settings);
    }

    @Bean
    RunHeartbeat runHeartbeat(JdbcTemplate jdbc, JobRunProperties settings, Clock clock, CshSchema schemaFirst) {
        return new RunHeartbeat(jdbc, settings, clock);
    }

    @Bean
    GracefulStop gracefulStop(JobOperator jobOperator, RunHeartbeat heartbeat, JobRunProperties settings) {
        return new GracefulStop(jobOperator, heartbeat, settings);
    }

    @Bean
    @ConditionalOnProperty(name = "csh.run-on-startup", havingValue = "true", matchIfMissing = true)
    ReconcileRunner reconcileRunner(CshProperties properties, RangeLauncher launcher, Clock clock,
            RunSnapshots snapshots, Environment environment) {
        return new ReconcileRunner(properties, launcher, clock, new StatementCommand(properties, snapshots),
                MailServer.of(environment));
    }
}
