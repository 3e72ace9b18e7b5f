package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A token ending in a carriage return (a CRLF env file sourced by cron) is refused at start-up with exit 2 and a
 * line naming the variable: no request is sent, and neither the output nor the job tables hold the token.
 */
class BadTokenProcessTest {

    private static final String TOKEN = "fake-token-from-a-crlf-env-file";

    @RegisterExtension
    final SampleProcesses sample = new SampleProcesses("bad-token-");

    @ParameterizedTest(name = "{0} ending in {2}")
    @CsvSource({"CSH_GITHUB_TOKEN, csh.github.token, CR", "CSH_ASANA_TOKEN, csh.asana.token, LF",
            "CSH_GITHUB_TOKEN, csh.github.token, CRLF"})
    void tokenWithALineBreakExitsTwoBeforeAnyRequestAndIsNeverShownOrStored(String variable, String property,
            String ending) throws Exception {
        String lineBreak = switch (ending) {
            case "CR" -> "\r";
            case "LF" -> "\n";
            default -> "\r\n";
        };
        List<String> args = new ArrayList<>(List.of("--from=2026-11-01", "--to=2026-11-25",
                "--csh.report.dir=" + sample.workDir().resolve("reports")));
        sample.apis().arguments().stream().filter(argument -> !argument.startsWith("--" + property + "="))
                .forEach(args::add);
        ProcessRun run = sample.start(args, Map.of(variable, TOKEN + lineBreak));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("csh-reconciler: configuration: 1 problem");
        assertThat(lines.get(1)).startsWith("  - ").contains(variable, property, "line break");
        assertThat(run.stdout() + run.stderr()).doesNotContain(TOKEN).doesNotContain("from-a-crlf");
        assertThat(sample.apis().gitHubRequests() + sample.apis().asanaRequests()).as("no request sent").isZero();
        assertThat(sample.database().jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                .as("nothing started, so nothing stored").isZero();
    }
}
