package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.SuppliedClock;
import org.csh.reconciler.cli.RunArguments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Incremental GitHub reads through the real launcher, job and job database: a rerun of a completed range reads
 * only what changed since the snapshot in {@code csh_last_snapshot} and writes the same workbook as the full
 * read before it; once {@code csh.incremental.full-every} has passed, a run reads everything again.
 * {@link IncrementalRunTest} proves the same at the level of the GitHub source.
 */
@SpringBootTest(properties = {"csh.run-on-startup=false", "csh.zone=UTC", "csh.incremental.enabled=true",
        "csh.incremental.full-every=7d"})
class IncrementalJobRunTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final RunArguments.DateRange NOVEMBER = new RunArguments.DateRange(LocalDate.parse("2026-11-01"), RUN_DATE);
    static final List<String> COMPARED_SHEETS = List.of("Summary", "Work items", "Findings");
    /** Every labelled issue of a repository, the bulk of a full read. */
    static final String LABELLED_LIST = "GET /repos/[^/]+/[^/]+/issues\\?labels=.*";
    static final String SUB_ISSUES = "GET /repos/.*/sub_issues.*";
    /** A repository's whole issue list, read instead of its CSH list and sub_issues calls where that costs less. */
    static final String WHOLE_LIST = "GET /repos/[^/]+/[^/]+/issues\\?state=all&per_page=\\d+(&page=\\d+)?";
    /** The issues of a repository updated since the last snapshot. */
    static final String SINCE_LIST = "GET /repos/[^/]+/[^/]+/issues\\?.*since=.*";
    static final String GRAPHQL = "POST /graphql";
    /** How far the job's clock runs ahead of the system clock. */
    static volatile Duration passed = Duration.ZERO;
    static Path workDir;
    static SampleApis apis;

    @Autowired
    RangeLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    /** The job's clock, which FetchGitHubTasklet compares with the last full read (stamped by the system clock). */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return new SuppliedClock(() -> Instant.now().plus(passed));
        }
    }

    @DynamicPropertySource
    static void pointAtTheSampleOrganisationAndAFreshDatabase(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "incremental-");
        // the sample organisation behind a recording proxy, which lists the requests each run sends to GitHub
        apis = SampleApis.start(RUN_DATE, workDir.resolve("demo"));
        ArgumentProperties.add(registry, apis.arguments());
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:incremental-job-run-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() {
        if (apis != null) {
            apis.close();
        }
    }

    @BeforeEach
    void noSnapshotYetAndTheClockAtNow() {
        // each test starts as the very first run: nothing to read incrementally from
        jdbc.update("DELETE FROM csh_last_snapshot");
        passed = Duration.ZERO;
    }

    @Test
    void rerunOfACompletedRangeReadsOnlyWhatChangedInGitHubSinceTheStoredSnapshot() throws Exception {
        List<String> fullRead = gitHubRequestsOf(() -> launchCompleted(NOVEMBER));
        assertThat(lastSnapshotRows()).as("the first run stores its GitHub snapshot").isEqualTo(1);

        List<String> rerun = gitHubRequestsOf(() -> launchCompleted(NOVEMBER));

        // the sample's repositories are small: each is read whole in one page, cheaper than by label and sub_issues
        assertThat(fullRead).as("the first run reads every repository's whole issue list")
                .filteredOn(request -> request.matches(WHOLE_LIST)).hasSize(3);
        assertThat(rerun).as("the rerun asks only for what changed: `since` lists and the GraphQL checks")
                .isNotEmpty().allMatch(request -> request.matches(SINCE_LIST) || request.equals(GRAPHQL))
                .hasSizeLessThanOrEqualTo(fullRead.size());
        assertThat(lastSnapshotRows()).as("the snapshot is replaced, not added to").isEqualTo(1);
    }

    @Test
    void rerunThatReadGitHubIncrementallyWritesTheSameWorkbookAsTheFullRead() throws Exception {
        launchCompleted(NOVEMBER);
        List<String> fullRead = cells(workbook());
        Files.delete(workbook());

        List<String> rerun = gitHubRequestsOf(() -> launchCompleted(NOVEMBER));

        assertThat(rerun).as("the rerun read incrementally")
                .noneMatch(request -> request.matches(LABELLED_LIST) || request.matches(WHOLE_LIST));
        assertThat(cells(workbook())).as("Summary, Work items and Findings, cell by cell").isEqualTo(fullRead);
    }

    @Test
    void runAfterFullEveryHasPassedSinceTheLastFullReadReadsAllOfGitHubAgain() throws Exception {
        List<String> fullRead = gitHubRequestsOf(() -> launchCompleted(NOVEMBER));
        passed = passed.plus(Duration.ofDays(7).plusMinutes(1));

        List<String> aWeekLater = gitHubRequestsOf(() -> launchCompleted(NOVEMBER));

        assertThat(aWeekLater).as("csh.incremental.full-every (7d) has passed: the same requests as the full read")
                .containsExactlyInAnyOrderElementsOf(fullRead)
                .noneMatch(request -> request.matches(SINCE_LIST));
    }

    void launchCompleted(RunArguments.DateRange range) throws Exception {
        JobExecution execution = launcher.launch(range, true, true);
        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    /** The requests {@code run} sent to GitHub, as {@code METHOD url}. */
    static List<String> gitHubRequestsOf(Run run) throws Exception {
        int before = apis.gitHubRequestLines().size();
        run.run();
        List<String> all = apis.gitHubRequestLines();
        return all.subList(before, all.size());
    }

    int lastSnapshotRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM csh_last_snapshot", Integer.class);
    }

    static Path workbook() {
        return workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
    }

    /** Every cell of the compared sheets, as {@code Sheet!A1=shown text}. */
    static List<String> cells(Path workbook) throws Exception {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            for (String name : COMPARED_SHEETS) {
                Sheet sheet = book.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(ReconcileJobFunctionalTest.rows(sheet)).as(name + " has rows").isNotEmpty();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(name + "!" + cell.getAddress() + "=" + ReconcileJobFunctionalTest.text(cell));
                    }
                }
            }
        }
        return cells;
    }

    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }
}
