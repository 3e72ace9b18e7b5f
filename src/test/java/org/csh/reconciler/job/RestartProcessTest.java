package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failed, killed, overlapping and terminated runs, each in real child JVMs sharing one job database (H2 file,
 * or PostgreSQL with {@code -Ppostgres}), the way cron or Kubernetes runs them one after the other.
 */
@Tag("postgres")
class RestartProcessTest {

    static final Duration RUN_LIMIT = SampleProcesses.LIMIT;

    @RegisterExtension
    final SampleProcesses sample = new SampleProcesses("restart-");

    @Test
    void failedRunExitsThreeAndItsRestartResumesWithoutFetchingGitHubAgain() throws Exception {
        sample.apis().asanaAnswers(401);
        ProcessRun failed = run();
        assertThat(failed.exitStatus(RUN_LIMIT)).as(failed.stderr()).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(failed.stderr().lines()).anyMatch(line -> line.startsWith("csh-reconciler: run FAILED in step fetchAsana"));
        int gitHubRequests = sample.apis().gitHubRequests();
        assertThat(gitHubRequests).isPositive();

        sample.apis().heal();
        ProcessRun restart = run();

        assertThat(restart.exitStatus(RUN_LIMIT)).as(restart.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(sample.apis().gitHubRequests()).as("GitHub is not fetched again").isEqualTo(gitHubRequests);
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(instances()).as("a restart continues the same job instance").isEqualTo(1);
        assertThat(report()).exists();
    }

    @Test
    void runKilledWithSigkillIsRecoveredByTheNextRun() throws Exception {
        sample.apis().asanaPortfolioTakes(Duration.ofSeconds(30));
        ProcessRun killed = run();
        sample.apis().awaitAsanaRequest(RUN_LIMIT);
        killed.kill();
        assertThat(statuses()).as("SIGKILL leaves the execution STARTED").containsExactly("STARTED");

        sample.apis().heal();
        ProcessRun next = run();

        assertThat(next.exitStatus(RUN_LIMIT)).as(next.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(next.stdout()).contains("recovering execution");
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(report()).exists();
    }

    @Test
    void runKilledOnAnotherHostIsWaitedForUntilItsHeartbeatStopsThenResumed() throws Exception {
        shareTheDatabaseWithThisProcess();
        sample.apis().asanaPortfolioTakes(Duration.ofSeconds(30));
        ProcessRun killed = run();
        sample.apis().awaitAsanaRequest(RUN_LIMIT);
        killed.kill();
        sample.apis().heal();
        OtherHost node = OtherHost.beatingFor(sample.database());

        ProcessRun retry = run();
        awaitOutput(retry, "waiting up to");
        node.stop(); // the OOM-killed pod's last beat

        assertThat(retry.exitStatus(RUN_LIMIT)).as(retry.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(retry.stdout()).contains("beats on host node-a", "recovering execution");
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(heartbeats()).as("the dead run's heartbeat is removed with its recovery").isZero();
        assertThat(report()).exists();
    }

    @Test
    void runThatKeepsBeatingOnAnotherHostMakesTheRetryExitFourAfterWaitingForIt() throws Exception {
        shareTheDatabaseWithThisProcess();
        sample.apis().asanaPortfolioTakes(Duration.ofSeconds(30));
        ProcessRun killed = run();
        sample.apis().awaitAsanaRequest(RUN_LIMIT);
        killed.kill();
        OtherHost node = OtherHost.beatingFor(sample.database());

        ProcessRun retry = run();
        int status;
        try {
            status = retry.exitStatus(RUN_LIMIT);
        } finally {
            node.stop();
        }

        assertThat(status).as(retry.stderr()).isEqualTo(ReconcileRunner.ALREADY_RUNNING);
        assertThat(retry.stderr().lines()).anyMatch(line -> line.startsWith("csh-reconciler: another run is in progress")
                && line.contains("host node-a") && line.contains("kept beating"));
        assertThat(statuses()).containsExactly("STARTED");
    }

    @Test
    void secondOfTwoOverlappingRunsExitsFourAndTheFirstCompletes() throws Exception {
        sample.apis().asanaPortfolioTakes(Duration.ofSeconds(15)); // long enough for a second JVM to start on a busy machine
        ProcessRun first = run();
        sample.apis().awaitAsanaRequest(RUN_LIMIT);

        ProcessRun second = run();

        assertThat(second.exitStatus(RUN_LIMIT)).as(second.stderr()).isEqualTo(ReconcileRunner.ALREADY_RUNNING);
        assertThat(second.stderr().lines()).anyMatch(line -> line.startsWith("csh-reconciler: another run is in progress"));
        assertThat(first.exitStatus(RUN_LIMIT)).as(first.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(statuses()).containsExactly("COMPLETED");
    }

    @Test
    void sigtermStopsTheJobAfterItsStepAndARestartCompletes() throws Exception {
        sample.apis().asanaPortfolioTakes(Duration.ofSeconds(4));
        ProcessRun terminated = run();
        sample.apis().awaitAsanaRequest(RUN_LIMIT);

        terminated.terminate();

        assertThat(terminated.exitStatus(RUN_LIMIT)).as(terminated.stderr()).isNotZero();
        assertThat(statuses()).containsExactly("STOPPED");
        int gitHubRequests = sample.apis().gitHubRequests();
        sample.apis().heal();
        ProcessRun restart = run();
        assertThat(restart.exitStatus(RUN_LIMIT)).as(restart.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(sample.apis().gitHubRequests()).isEqualTo(gitHubRequests);
        assertThat(statuses()).containsExactly("STOPPED", "COMPLETED");
    }

    ProcessRun run() throws Exception {
        return sample.runNovember("--csh.job.heartbeat-interval=500ms", "--csh.job.stale-after=2s");
    }

    /**
     * Two hosts share a job database only through a database server: an H2 file is opened by one process at a time
     * (and H2's AUTO_SERVER does not survive the kill -9 these tests start with), so these run on PostgreSQL
     * ({@code mvn -Ppostgres}).
     */
    void shareTheDatabaseWithThisProcess() {
        org.junit.jupiter.api.Assumptions.assumeTrue(sample.database().isPostgres(),
                "runs on two hosts share a database server: run with -Ppostgres");
    }

    /** The heartbeat of the killed run, stamped as if its process still ran on another node. */
    static final class OtherHost {

        private final java.util.concurrent.ScheduledExecutorService beats =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        private final java.util.concurrent.CountDownLatch firstBeat = new java.util.concurrent.CountDownLatch(1);
        private volatile RuntimeException lastError;

        /** Starts beating, and returns once the first beat is written. */
        static OtherHost beatingFor(TestDatabase database) throws InterruptedException {
            OtherHost host = new OtherHost();
            org.springframework.jdbc.core.JdbcTemplate jdbc = database.jdbc();
            host.beats.scheduleAtFixedRate(() -> host.beat(jdbc), 0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (!host.firstBeat.await(RUN_LIMIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                host.stop();
                throw new AssertionError("no heartbeat written for the other host", host.lastError);
            }
            return host;
        }

        private void beat(org.springframework.jdbc.core.JdbcTemplate jdbc) {
            try {
                if (jdbc.update("UPDATE csh_run_heartbeat SET host = 'node-a', pid = 1, beat_at_epoch_ms = ?",
                        System.currentTimeMillis()) > 0) {
                    firstBeat.countDown();
                }
            } catch (RuntimeException e) {
                lastError = e; // the database may still be busy with the killed run's lock; the next beat retries
            }
        }

        void stop() throws InterruptedException {
            beats.shutdownNow();
            beats.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    static void awaitOutput(ProcessRun run, String text) throws InterruptedException {
        long end = System.nanoTime() + RUN_LIMIT.toNanos();
        while (!run.stdout().contains(text)) {
            if (System.nanoTime() > end || !run.isAlive()) {
                throw new AssertionError("no '" + text + "' in the output; stdout: " + run.stdout() + "\nstderr: "
                        + run.stderr());
            }
            Thread.sleep(100);
        }
    }

    int heartbeats() {
        return sample.database().jdbc().queryForObject("SELECT COUNT(*) FROM csh_run_heartbeat", Integer.class);
    }

    List<String> statuses() {
        return sample.database().jdbc().queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }

    int instances() {
        return sample.database().jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class);
    }

    Path report() {
        return sample.report();
    }
}
