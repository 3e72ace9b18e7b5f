package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --demo} in a real process: it takes the user's settings once each, keeps to its own database, and serves
 * the statement and estimate-evaluation commands as a real run does.
 */
class DemoProcessTest {

    @Test
    void aDemoWithItsOwnZoneRunsAndLeavesTheRealJobDatabaseAlone(@TempDir Path workDir) throws Exception {
        // the demo also sets csh.zone: given twice, Spring would read "Pacific/Auckland,UTC" and stop
        ChildJvm.Run run = ChildJvm.run(workDir, Map.of(), List.of("--demo", "--to=2026-11-25",
                "--csh.zone=Pacific/Auckland", "--statement=ExampleU", "--evaluate-estimates"));

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(workDir.resolve("reports/csh-report_2026-11-01_2026-11-25.xlsx")).isNotEmptyFile();
        assertThat(workDir.resolve("reports/statement_example-university_2026-11-01_2026-11-25.xlsx")).isNotEmptyFile();
        assertThat(run.output()).contains("mean absolute error", "improvement over the baseline");
        assertThat(workDir.resolve("data/demo/csh-reconciler-demo.mv.db")).exists();
        try (var files = Files.list(workDir.resolve("data"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("demo");
        }
    }

    @Test
    void aStatementForAnUnknownCommunityStopsWithStatusTwoAndSuggestsNames(@TempDir Path workDir) throws Exception {
        ChildJvm.Run run = ChildJvm.run(workDir, Map.of(), List.of("--demo", "--to=2026-11-25",
                "--statement=Exampel University"));

        assertThat(run.status()).as(run.output()).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(run.output()).contains("--statement: no community 'Exampel University'",
                "did you mean 'Example University'");
        assertThat(workDir.resolve("reports")).doesNotExist();
    }
}
