package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad arguments stop the real process with status 2 and one line, before anything is fetched or stored. */
class BadArgumentsProcessTest {

    static Path workDir;
    static SampleApis apis;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bad-arguments-");
        apis = SampleApis.start(LocalDate.parse("2026-11-25"), workDir.resolve("demo"));
    }

    @AfterAll
    static void stop() {
        apis.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--from=2026-11-31                  | --from '2026-11-31' is not a date; use YYYY-MM-DD",
            "--from=2026-11-20 --to=2026-11-01  | --from 2026-11-20 is after --to 2026-11-01",
            "--form=2026-11-01                  | unknown argument '--form=2026-11-01'"})
    void badArgumentsExitTwoWithOneLineBeforeAnythingIsFetched(String arguments, String reason) throws Exception {
        List<String> args = new ArrayList<>(List.of(arguments.split(" ")));
        args.addAll(apis.arguments());

        ProcessRun run = ProcessRun.start(workDir, Map.of(), args);

        assertThat(run.exitStatus(Duration.ofSeconds(30))).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(run.stderr().lines().toList()).singleElement().asString()
                .startsWith("csh-reconciler: ").contains(reason);
        assertThat(apis.gitHubRequests() + apis.asanaRequests()).isZero();
        assertThat(workDir.resolve("data")).doesNotExist();
    }
}
