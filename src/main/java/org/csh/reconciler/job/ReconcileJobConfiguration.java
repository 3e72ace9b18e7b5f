package org.csh.reconciler.job;

import java.time.Clock;

import org.csh.reconciler.asana.AsanaFieldWriter;
import org.csh.reconciler.asana.AsanaSource;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.github.GitHubSource;
import org.csh.reconciler.notify.JdbcSentStatuses;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.LastSnapshots;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StatusHistory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconcileJob}: fetch GitHub, fetch Asana, reconcile, write the report, notify BD, write the used hours
 * back to Asana, record history.
 *
 * <p>The sources are injected lazily: their constructors reject incomplete settings, and the runner's
 * {@code SettingsCheck} must report every missing setting in one line (exit 2) before any of them is built. What the
 * steps use is built in {@link ClientsConfiguration} (the APIs and the estimator) and {@link StoreConfiguration}
 * (the job database).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CshProperties.class)
public class ReconcileJobConfiguration {

    public static final String JOB_NAME = "reconcileJob";

    @Bean
    Job reconcileJob(JobRepository jobRepository, Step fetchGitHub, Step fetchAsana, Step reconcile, Step writeReport,
            Step notify, Step writeBack, Step recordHistory, RunHeartbeat heartbeat) {
        // no incrementer: it would silently drop the from/to parameters of a date-range run
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(heartbeat)
                .start(fetchGitHub)
                .next(fetchAsana)
                .next(reconcile)
                .next(writeReport)
                .next(notify)           // email to BD
                // after the email, so that BD's news never waits on Asana's writes (up to
                // csh.http.max-wait per request); it never fails the run, so it cannot hold back the history either
                .next(writeBack)
                .next(recordHistory)    // last, so that only completed runs enter the history
                .build();
    }

    @Bean
    Step fetchGitHub(JobRepository jobRepository, PlatformTransactionManager tx, @Lazy GitHubSource github, RunSnapshots snapshots,
            LastSnapshots lastSnapshots, CshProperties properties, Clock clock) {
        return step("fetchGitHub", jobRepository).tasklet(new FetchGitHubTasklet(github, snapshots, lastSnapshots,
                properties.incremental(), clock, scope(properties)), tx).build();
    }

    /** Everything that decides which issues and hours a GitHub read returns. */
    private static String scope(CshProperties properties) {
        CshProperties.GitHub github = properties.github();
        return github.apiUrl() + "|" + github.label() + "|" + github.repositories() + "|" + github.project();
    }

    @Bean
    Step fetchAsana(JobRepository jobRepository, PlatformTransactionManager tx, @Lazy AsanaSource asana,
            RunSnapshots snapshots) {
        return step("fetchAsana", jobRepository).tasklet(new FetchAsanaTasklet(asana, snapshots), tx).build();
    }

    @Bean
    Step reconcile(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            EstimatorFactory estimators, RunSnapshots snapshots) {
        return step("reconcile", jobRepository)
                .tasklet(new ReconcileTasklet(properties, estimators, snapshots), tx).build();
    }

    @Bean
    Step writeReport(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            RunSnapshots snapshots, ObjectProvider<StatusHistory> history, Clock clock) {
        return step("writeReport", jobRepository)
                .tasklet(new WriteReportTasklet(properties, snapshots, history, clock), tx).build();
    }

    @Bean("notify")
    Step notifyStep(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            RunSnapshots snapshots, JdbcSentStatuses sentStatuses, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        return step("notify", jobRepository)
                .tasklet(new NotifyTasklet(properties, snapshots, sentStatuses, mailSender, clock), tx).build();
    }

    @Bean
    Step writeBack(JobRepository jobRepository, PlatformTransactionManager tx, CshProperties properties,
            RunSnapshots snapshots, ObjectProvider<AsanaFieldWriter> writer, Clock clock) {
        return step("writeBack", jobRepository)
                .tasklet(new WriteBackTasklet(properties, snapshots, writer, clock), tx).build();
    }

    @Bean
    Step recordHistory(JobRepository jobRepository, PlatformTransactionManager tx, RunSnapshots snapshots,
            StatusHistory history, Clock clock) {
        return step("recordHistory", jobRepository)
                .tasklet(new RecordHistoryTasklet(snapshots, history, clock), tx).build();
    }

    /** Every step logs its start, its figures and its end the same way (StepLog). */
    private static StepBuilder step(String name, JobRepository jobRepository) {
        return new StepBuilder(name, jobRepository).listener(new StepLog());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
