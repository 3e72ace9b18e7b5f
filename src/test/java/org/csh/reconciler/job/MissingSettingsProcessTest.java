package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run with nothing configured lists every missing setting, one per line below a short first line, and
 * exits 2, rather than failing on the first client that cannot be built.
 */
class MissingSettingsProcessTest {

    @Test
    void unconfiguredRunListsEveryMissingSettingOnItsOwnLineAndExitsTwo(@TempDir Path workDir) throws Exception {
        Files.createDirectories(workDir);

        ProcessRun run = ProcessRun.start(workDir, Map.of(), List.of("--to=2026-11-25"));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).isEqualTo("csh-reconciler: configuration: " + (lines.size() - 1)
                + " problems, nothing was fetched (exit status 2):");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("  - "))
                .anySatisfy(line -> assertThat(line).contains("csh.github.repositories"))
                .anySatisfy(line -> assertThat(line).contains("csh.github.project.owner"))
                .anySatisfy(line -> assertThat(line).contains("CSH_GITHUB_TOKEN"))
                .anySatisfy(line -> assertThat(line).contains("csh.asana.portfolio-gid"))
                .anySatisfy(line -> assertThat(line).contains("CSH_ASANA_TOKEN"))
                // without a contracts file the contracts come from Asana (SPEC "Contracts"): not a missing setting
                .noneSatisfy(line -> assertThat(line).contains("csh.communities-file"));
    }
}
