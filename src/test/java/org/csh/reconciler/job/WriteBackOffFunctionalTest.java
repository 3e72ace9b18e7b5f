package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.csh.reconciler.cli.RunArguments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Write-back is opt-in: without {@code csh.asana.write-back.used-field} a run sends Asana no write at all. */
@SpringBootTest(properties = {"csh.run-on-startup=false", "csh.zone=UTC"})
@ExtendWith(OutputCaptureExtension.class)
class WriteBackOffFunctionalTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static Path workDir;
    static SampleApis apis;

    @Autowired
    RangeLauncher launcher;

    @DynamicPropertySource
    static void pointAtTheSampleOrganisationWithoutTheField(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "write-back-off-");
        apis = SampleApis.start(RUN_DATE, workDir.resolve("demo"));
        // the demo names its Hours Used field; this organisation has not opted in
        ArgumentProperties.add(registry, apis.arguments(), Set.of("csh.asana.write-back.used-field"));
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:write-back-off-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        if (apis != null) {
            apis.close();
        }
    }

    @Test
    void withoutTheFieldNamedACompletedRunWritesNothing(CapturedOutput output) throws Exception {
        JobExecution execution = launcher.launch(new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE), true, true);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(apis.asanaWrites()).isEmpty();
        assertThat(apis.asanaRequests()).as("Asana was read").isPositive();
        assertThat(output.getOut()).contains("no write-back to Asana: csh.asana.write-back.used-field is not set");
    }
}
