package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.csh.reconciler.SuppliedClock;
import org.csh.reconciler.cli.MailServer;
import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.cli.StatementCommand;
import org.csh.reconciler.demo.SampleExpectations;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.CurrentCshTask;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.csh.reconciler.store.StepData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The write-back through the real job: the sample organisation (whose CSH tasks carry an empty "Hours Used" number
 * field, but for Neuro Data Commons') behind a recording proxy, the real Asana client sending each PUT over HTTP, and
 * the result the run stored. The stub keeps what was written, as Asana does, so a rerun reads it back.
 */
@SpringBootTest(properties = {"csh.run-on-startup=false", "csh.zone=UTC"})
@ExtendWith(OutputCaptureExtension.class)
class WriteBackFunctionalTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final RunArguments.DateRange NOVEMBER = new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE);
    static final String[] RUN = {"--from=" + NOVEMBER.from(), "--to=" + NOVEMBER.to()};
    static Path workDir;
    static SampleApis apis;

    /** The job's clock: the run date, ticking, so that a run to RUN_DATE reaches today. */
    @TestConfiguration
    static class OnTheRunDate {
        @Bean
        @Primary
        Clock runDateClock() {
            Duration behind = Duration.between(RUN_DATE.atStartOfDay(ZoneOffset.UTC),
                    LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC));
            return new SuppliedClock(() -> Instant.now().minus(behind));
        }
    }

    @Autowired
    RangeLauncher launcher;
    @Autowired
    RunSnapshots snapshots;
    @Autowired
    CshProperties properties;
    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void pointAtTheSampleOrganisation(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "write-back-");
        apis = SampleApis.start(RUN_DATE, workDir.resolve("demo"));
        ArgumentProperties.add(registry, apis.arguments());
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:write-back-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        if (apis != null) {
            apis.close();
        }
    }

    /** Every test starts from the organisation as served at first: no Hours Used written yet, Asana healthy. */
    @BeforeEach
    void nothingWrittenYet() {
        apis.heal();
        apis.forgetAsanaWrites();
        apis.resetRequests();
    }

    @Test
    void aCompletedRunPutsEachCommunitysUsedHoursUnderTheFieldsGidOnItsCurrentCshTask(CapturedOutput output)
            throws Exception {
        JobExecution execution = launcher.launch(NOVEMBER, true, true);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, BigDecimal> expected = usedHoursByCurrentTask(result());
        assertThat(expected).as("current CSH tasks with the field, of communities under contract").hasSizeGreaterThan(5);
        Map<String, BigDecimal> written = new HashMap<>();
        for (LoggedRequest put : apis.asanaWrites()) {
            JsonObject fields = JsonParser.parseString(put.getBodyAsString()).getAsJsonObject()
                    .getAsJsonObject("data").getAsJsonObject("custom_fields");
            assertThat(fields.keySet()).as(put.getUrl()).containsExactly(SampleExpectations.HOURS_USED_FIELD_GID);
            written.put(put.getUrl().replaceAll(".*/tasks/", ""),
                    fields.get(SampleExpectations.HOURS_USED_FIELD_GID).getAsBigDecimal().setScale(2));
        }
        assertThat(written).isEqualTo(expected);
        // worked out by hand in ReconcileJobFunctionalTest: 15 h this month against 8 h
        assertThat(written.get(currentTaskOf(SampleExpectations.COASTAL_ECOLOGY_LAB).gid()))
                .isEqualByComparingTo("15");
        assertThat(output.getOut()).contains("write-back to Asana field 'Hours Used': " + expected.size()
                + " current CSH tasks written, 0 unchanged, 1 missing the field, 0 failed")
                .containsPattern("step writeBack COMPLETED: read \\d+ current CSH tasks, wrote " + expected.size()
                        + " field values");
    }

    @Test
    void aCurrentCshTaskWithoutTheFieldIsAWarnNamingTheTaskAndTheFieldAndNoWrite(CapturedOutput output)
            throws Exception {
        JobExecution execution = launcher.launch(NOVEMBER, true, true);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        CurrentCshTask neuro = currentTaskOf(SampleExpectations.NEURO_DATA_COMMONS);
        assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")
                && line.contains("write-back: CSH task 'Community Success Hours' of Neuro Data Commons ("
                        + neuro.url() + ") has no custom field 'Hours Used'"))).hasSize(1);
        assertThat(apis.asanaWrites()).noneMatch(put -> put.getUrl().endsWith("/tasks/" + neuro.gid()));
    }

    @Test
    void aRerunOfTheRangeWritesNothingThatDidNotChange(CapturedOutput output) throws Exception {
        launcher.launch(NOVEMBER, true, true);
        int written = apis.asanaWrites().size();
        apis.resetRequests();

        JobExecution rerun = launcher.launch(NOVEMBER, true, true);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(written).isPositive();
        assertThat(apis.asanaWrites()).as("the rerun read the hours the first run wrote").isEmpty();
        assertThat(output.getOut()).contains("write-back to Asana field 'Hours Used': 0 current CSH tasks written, "
                + written + " unchanged, 1 missing the field, 0 failed");
    }

    @Test
    void withNoWriteBackTheRunWritesNothingToAsana(CapturedOutput output) throws Exception {
        ReconcileRunner runner = runner();

        runner.run(new DefaultApplicationArguments(RUN[0], RUN[1], "--no-write-back"));

        assertThat(runner.getExitCode()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(apis.asanaWrites()).isEmpty();
        assertThat(apis.asanaRequests()).as("Asana was read").isPositive();
        assertThat(output.getOut()).contains("no write-back to Asana: --no-write-back")
                .contains("step writeBack COMPLETED: read 0 current CSH tasks, wrote 0 field values");
    }

    @Test
    void aLookBackAtAnEarlierRangeWritesNothing(CapturedOutput output) throws Exception {
        JobExecution october = launcher.launch(new RunArguments.DateRange(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31")), true, true);

        assertThat(october.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(apis.asanaWrites()).isEmpty();
        assertThat(output.getOut()).contains("no write-back to Asana: the range ends 2026-10-31, before today"
                + " (2026-11-25 in UTC)");
    }

    @Test
    void aWriteAsanaRefusesIsAWarnWithWhatAsanaSaidAndTheRunStillCompletes(CapturedOutput output) throws Exception {
        // the first run writes nothing, and tells which task is Coastal Ecology Lab's current one
        runner().run(new DefaultApplicationArguments(RUN[0], RUN[1], "--no-write-back"));
        CurrentCshTask coastal = currentTaskOf(SampleExpectations.COASTAL_ECOLOGY_LAB);
        apis.asanaRefusesWritesTo(coastal.gid(), 403);
        ReconcileRunner runner = runner();

        runner.run(new DefaultApplicationArguments(RUN));

        assertThat(runner.getExitCode()).isEqualTo(ReconcileRunner.COMPLETED);
        assertThat(runner.outcome().completed()).isTrue();
        assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")
                && line.contains("write-back: could not set 'Hours Used' of CSH task '" + coastal.name()
                        + "' of Coastal Ecology Lab (" + coastal.url() + ") to 15.00: Asana task " + coastal.gid()
                        + " (PUT /tasks/" + coastal.gid() + "): 403 forbidden: the token may not change it")
                && line.contains("Asana says: You do not have permission to perform this action."))).hasSize(1);
        int others = usedHoursByCurrentTask(result()).size() - 1;
        assertThat(apis.asanaWrites()).as("one refused (and not retried), the others written").hasSize(others + 1);
        assertThat(output.getOut()).contains("write-back to Asana field 'Hours Used': " + others
                + " current CSH tasks written, 0 unchanged, 1 missing the field, 1 failed");
    }

    /** What each current CSH task with the field should show: its community's used hours, where under contract. */
    private static Map<String, BigDecimal> usedHoursByCurrentTask(ReconcileResult result) {
        Map<String, CommunityStatus> statuses = new HashMap<>();
        result.communities().forEach(status -> statuses.put(status.community(), status));
        Map<String, BigDecimal> expected = new HashMap<>();
        for (CurrentCshTask task : result.currentTasks()) {
            CommunityStatus status = statuses.get(task.community());
            if (task.usedField().isPresent() && status.period().isPresent()) {
                expected.put(task.gid(), status.usedHours().setScale(2, RoundingMode.HALF_UP));
            }
        }
        return expected;
    }

    private CurrentCshTask currentTaskOf(String community) {
        List<CurrentCshTask> its = result().currentTasks().stream().filter(t -> t.community().equals(community))
                .toList();
        assertThat(its).as(community + "'s current CSH tasks").hasSize(1);
        return its.get(0);
    }

    private ReconcileResult result() {
        return snapshots.load(NOVEMBER, StepData.RESULT);
    }

    private ReconcileRunner runner() {
        return new ReconcileRunner(properties, launcher, Clock.systemUTC(), new StatementCommand(properties, snapshots),
                MailServer.of(environment));
    }
}
