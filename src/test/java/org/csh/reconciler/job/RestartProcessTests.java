package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Failed, killed, overlapping and terminated runs, each in real child JVMs sharing one job database (H2 file,
 * or PostgreSQL with {@code -Ppostgres}), the way cron or Kubernetes runs them one after the other.
 */
@Tag("postgres")
class RestartProcessTests {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    Path workDir;
    SampleApis apis;
    TestDatabase database;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.assumeAvailable();
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restart-");
        apis = SampleApis.start(RUN_DATE, workDir.resolve("demo"));
        database = TestDatabase.fresh(workDir.resolve("data"));
    }

    @AfterEach
    void stop() {
        if (apis != null) {
            apis.close();
        }
    }

    @Test
    void failedRunExitsThreeAndItsRestartResumesWithoutFetchingGitHubAgain() throws Exception {
        apis.asanaAnswers(401);
        ProcessRun failed = run();
        assertThat(failed.exitStatus(RUN_LIMIT)).as(failed.stderr()).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(failed.stderr().lines()).anyMatch(line -> line.startsWith("csh-reconciler: run FAILED in step fetchAsana"));
        int gitHubRequests = apis.gitHubRequests();
        assertThat(gitHubRequests).isPositive();

        apis.heal();
        ProcessRun restart = run();

        assertThat(restart.exitStatus(RUN_LIMIT)).as(restart.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(apis.gitHubRequests()).as("GitHub is not fetched again").isEqualTo(gitHubRequests);
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(instances()).as("a restart continues the same job instance").isEqualTo(1);
        assertThat(report()).exists();
    }

    @Test
    void runKilledWithSigkillIsRecoveredByTheNextRun() throws Exception {
        apis.asanaPortfolioTakes(Duration.ofSeconds(30));
        ProcessRun killed = run();
        apis.awaitAsanaRequest(RUN_LIMIT);
        killed.kill();
        assertThat(statuses()).as("SIGKILL leaves the execution STARTED").containsExactly("STARTED");

        apis.heal();
        ProcessRun next = run();

        assertThat(next.exitStatus(RUN_LIMIT)).as(next.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(next.stdout()).contains("recovering execution");
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(report()).exists();
    }

    @Test
    void secondOfTwoOverlappingRunsExitsFourAndTheFirstCompletes() throws Exception {
        apis.asanaPortfolioTakes(Duration.ofSeconds(15)); // long enough for a second JVM to start on a busy machine
        ProcessRun first = run();
        apis.awaitAsanaRequest(RUN_LIMIT);

        ProcessRun second = run();

        assertThat(second.exitStatus(RUN_LIMIT)).as(second.stderr()).isEqualTo(ReconcileRunner.ALREADY_RUNNING);
        assertThat(second.stderr().lines()).anyMatch(line -> line.startsWith("csh-reconciler: another run is in progress"));
        assertThat(first.exitStatus(RUN_LIMIT)).as(first.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(statuses()).containsExactly("COMPLETED");
    }

    @Test
    void sigtermStopsTheJobAfterItsStepAndARestartCompletes() throws Exception {
        apis.asanaPortfolioTakes(Duration.ofSeconds(4));
        ProcessRun terminated = run();
        apis.awaitAsanaRequest(RUN_LIMIT);

        terminated.terminate();

        assertThat(terminated.exitStatus(RUN_LIMIT)).as(terminated.stderr()).isNotZero();
        assertThat(statuses()).containsExactly("STOPPED");
        int gitHubRequests = apis.gitHubRequests();
        apis.heal();
        ProcessRun restart = run();
        assertThat(restart.exitStatus(RUN_LIMIT)).as(restart.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(apis.gitHubRequests()).isEqualTo(gitHubRequests);
        assertThat(statuses()).containsExactly("STOPPED", "COMPLETED");
    }

    ProcessRun run() throws Exception {
        List<String> args = new ArrayList<>(List.of("--from=2026-11-01", "--to=2026-11-25", "--csh.zone=UTC",
                "--csh.report.dir=" + workDir.resolve("reports"),
                "--csh.job.heartbeat-interval=500ms", "--csh.job.stale-after=2s"));
        args.addAll(apis.arguments());
        return ProcessRun.start(workDir, database.environment(), args);
    }

    List<String> statuses() {
        return database.jdbc().queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }

    int instances() {
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class);
    }

    Path report() {
        return workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
    }
}
