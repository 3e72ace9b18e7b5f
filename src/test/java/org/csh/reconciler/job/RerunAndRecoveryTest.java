package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.cli.AlreadyRunningException;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.demo.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reruns of a completed range and recovery of runs that stopped beating, through the real launcher, job and
 * job database (H2 file, or PostgreSQL with {@code -Ppostgres}).
 */
@Tag("postgres")
@SpringBootTest(properties = {"csh.run-on-startup=false", "csh.zone=UTC", "csh.job.stale-after=2s"})
class RerunAndRecoveryTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final RunArguments.DateRange NOVEMBER = new RunArguments.DateRange(LocalDate.parse("2026-11-01"), RUN_DATE);
    static final RunArguments.DateRange OCTOBER = new RunArguments.DateRange(LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-31"));
    static Path workDir;
    static DemoServer demo;

    @Autowired
    RangeLauncher launcher;
    @Autowired
    JobRepository repository;
    @Autowired
    JobOperator operator;
    @Autowired
    Job reconcileJob;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void needsADatabase() {
        TestDatabase.assumeAvailable();
    }

    @DynamicPropertySource
    static void pointAtTheStubsAndAFreshDatabase(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "rerun-");
        demo = DemoServer.start(RUN_DATE, workDir.resolve("demo"));
        ArgumentProperties.add(registry, demo.arguments());
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
        TestDatabase database = TestDatabase.fresh(workDir.resolve("data"));
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @AfterEach
    void noRunLeftBehind() {
        repository.findRunningJobExecutions(reconcileJob.getName()).forEach(operator::recover);
    }

    @Test
    void rerunOfACompletedRangeWritesTheSameReportAgainWithoutAddingRows() throws Exception {
        JobExecution first = launcher.launch(NOVEMBER, true, true);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path workbook = workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
        List<List<String>> summary = summary(workbook);
        int snapshotRows = rows("csh_run_snapshot");
        Files.delete(workbook);

        JobExecution rerun = launcher.launch(NOVEMBER, true, true);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rerun.getJobInstance().getInstanceId()).as("a rerun is a new Batch instance")
                .isNotEqualTo(first.getJobInstance().getInstanceId());
        assertThat(summary(workbook)).as("same numbers, nothing counted twice").isEqualTo(summary);
        assertThat(rows("csh_run_snapshot")).isEqualTo(snapshotRows);
        assertThat(rows("csh_run_heartbeat")).as("a finished run leaves no heartbeat").isZero();
        // history: one row per community for the range, replaced by the rerun, on H2 and PostgreSQL alike
        assertThat(jdbc.queryForList("SELECT community, status, used_hours FROM csh_status_history"
                + " WHERE range_from = ? AND range_to = ? ORDER BY community", NOVEMBER.from(), NOVEMBER.to()))
                .hasSize(org.csh.reconciler.demo.SampleExpectations.expectedStatuses().size())
                .anySatisfy(row -> {
                    assertThat(row.get("community")).isEqualTo("Coastal Ecology Lab");
                    assertThat(row.get("status")).isEqualTo("EXCEEDING");
                    assertThat(((Number) row.get("used_hours")).doubleValue()).isEqualTo(15.0);
                });
    }

    @Test
    void runThatStoppedBeatingLongerThanTheStalenessIsRecoveredAndItsRangeRestarted() throws Exception {
        JobExecution dead = startedElsewhere(OCTOBER, System.currentTimeMillis() - 60_000);

        JobExecution next = launcher.launch(OCTOBER, true, true);

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(next.getJobInstance().getInstanceId()).isEqualTo(dead.getJobInstance().getInstanceId());
        assertThat(repository.getJobExecution(dead.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(rows("csh_run_heartbeat")).as("the dead run's heartbeat goes with its recovery").isZero();
    }

    @Test
    void runThatKeepsBeatingOnAnotherHostMakesTheNextOneGiveUpAfterWaitingForIt() throws Exception {
        JobExecution live = startedElsewhere(OCTOBER, System.currentTimeMillis());
        java.util.concurrent.ScheduledExecutorService beats =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        beats.scheduleAtFixedRate(() -> jdbc.update("UPDATE csh_run_heartbeat SET beat_at_epoch_ms = ?"
                + " WHERE execution_id = ?", System.currentTimeMillis(), live.getId()), 200, 200,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            assertThatThrownBy(() -> launcher.launch(NOVEMBER, true, true)).isInstanceOf(AlreadyRunningException.class)
                    .hasMessageStartingWith("another run is in progress (execution " + live.getId()
                            + ", 2026-10-01 to 2026-10-31, host pod-b")
                    .hasMessageContaining("it kept beating while this run waited");
        } finally {
            beats.shutdownNow();
        }
        assertThat(repository.getJobExecution(live.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    static final RunArguments.DateRange SEPTEMBER =
            new RunArguments.DateRange(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"));

    @Test
    void runOnAnotherHostWhoseFreshHeartbeatStopsIsWaitedForThenRecovered() throws Exception {
        // killed on another node a moment ago: its last beat is still fresh when this run starts
        JobExecution killed = startedElsewhere(SEPTEMBER, System.currentTimeMillis());

        JobExecution next = launcher.launch(SEPTEMBER, true, true);

        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(next.getJobInstance().getInstanceId()).isEqualTo(killed.getJobInstance().getInstanceId());
        assertThat(repository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(rows("csh_run_heartbeat")).isZero();
    }

    /** An execution another machine started and last stamped at {@code beatAtEpochMs}. */
    JobExecution startedElsewhere(RunArguments.DateRange range, long beatAtEpochMs) {
        JobParameters parameters = JobRange.parameters(range, 1);
        JobInstance instance = repository.getJobInstance(reconcileJob.getName(), parameters) != null
                ? repository.getJobInstance(reconcileJob.getName(), parameters)
                : repository.createJobInstance(reconcileJob.getName(), parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        jdbc.update("INSERT INTO csh_run_heartbeat (execution_id, host, pid, beat_at_epoch_ms) VALUES (?, 'pod-b', 1, ?)",
                execution.getId(), beatAtEpochMs);
        return execution;
    }

    int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    static List<List<String>> summary(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Summary");
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }
}
