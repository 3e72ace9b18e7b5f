package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} and {@code --version} answer and exit 0, whatever else is on the line, and start nothing. */
class UsageProcessTest {

    @Test
    void helpPrintsTheFlagsAndEveryPropertyAndExitsZero(@TempDir Path workDir) throws Exception {
        ProcessRun run = ProcessRun.start(workDir, Map.of(), List.of("--to=2026-11-25", "--help"));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("Usage: java -jar csh-reconciler.jar")
                .contains("--demo", "--no-email", "--statement=", "--version",
                        "csh.zone  (default: UTC)", "csh.github.token", "csh.job.stale-after  (default: 60s)");
        assertThat(run.stderr()).isEmpty();
        assertThat(workDir.resolve("data")).as("nothing started").doesNotExist();
    }

    @Test
    void versionPrintsTheBuildsVersionAndExitsZero(@TempDir Path workDir) throws Exception {
        ProcessRun run = ProcessRun.start(workDir, Map.of(), List.of("--version"));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isZero();
        assertThat(run.stdout().strip()).matches("csh-reconciler \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run.stderr()).isEmpty();
    }
}
