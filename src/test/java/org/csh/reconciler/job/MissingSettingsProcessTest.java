package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run with nothing configured lists every missing setting in one line and exits 2, rather than
 * failing on the first client that cannot be built.
 */
class MissingSettingsProcessTest {

    @Test
    void unconfiguredRunListsEveryMissingSettingInOneLineAndExitsTwo(@TempDir Path workDir) throws Exception {
        Files.createDirectories(workDir);

        ProcessRun run = ProcessRun.start(workDir, Map.of(), List.of("--to=2026-11-25"));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(run.stderr().lines().toList()).singleElement().asString()
                .startsWith("csh-reconciler: configuration: ")
                .contains("csh.github.repositories", "csh.github.project.owner", "CSH_GITHUB_TOKEN",
                        "csh.asana.portfolio-gid", "CSH_ASANA_TOKEN")
                // without a contracts file the contracts come from Asana (SPEC "Contracts"): not a missing setting
                .doesNotContain("csh.communities-file");
    }
}
