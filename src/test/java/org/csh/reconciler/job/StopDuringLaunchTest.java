package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.csh.reconciler.settings.JobRunProperties;
import org.csh.reconciler.store.CshSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SIGTERM while a run is being launched (recovering a dead run, checking for a restart), before the job has
 * started: the stop waits for the launch, and the job it reaches stops before its first step, instead of the
 * database closing under a job that then runs on.
 */
class StopDuringLaunchTest {

    RunHeartbeat heartbeat;
    GracefulStop stop;

    @BeforeEach
    void heartbeatOnARealDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:stop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new CshSchema(dataSource).afterPropertiesSet();
        JobRunProperties settings = new JobRunProperties(Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(10));
        heartbeat = new RunHeartbeat(new JdbcTemplate(dataSource), settings, Clock.systemUTC());
        // no execution is running yet, so the stop never reaches the operator
        stop = new GracefulStop(null, heartbeat, settings);
    }

    @Test
    void aStopDuringTheLaunchWaitsAndTheJobStopsBeforeItsFirstStep() throws Exception {
        heartbeat.launching();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(stop::stop);
        Thread.sleep(200);
        assertThat(stopping).as("the stop waits for the launch").isNotDone();

        JobExecution execution = new JobExecution(1L, new JobInstance(1L, "reconcileJob"), new JobParameters());
        heartbeat.beforeJob(execution);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.STOPPING);
        heartbeat.afterJob(execution);
        heartbeat.launchEnded();

        stopping.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aStopWithNoLaunchUnderWayReturnsAtOnce() throws Exception {
        CompletableFuture.runAsync(stop::stop).get(2, TimeUnit.SECONDS);
    }
}
