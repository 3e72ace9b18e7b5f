package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * What can be known before fetching is checked before fetching: a run that would email BD with no SMTP server, or
 * with one that does not answer, and a configuration still holding the shipped examples, stop with status 2, a
 * short first line and one line per problem, and no request to GitHub or Asana.
 */
class StartupChecksProcessTest {

    static Path workDir;
    static SampleApis apis;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "startup-checks-");
        apis = SampleApis.start(LocalDate.parse("2026-11-25"), workDir.resolve("demo"));
    }

    @AfterAll
    static void stop() throws IOException {
        apis.close();
        FileSystemUtils.deleteRecursively(workDir);
    }

    @Test
    void mailWithoutAnSmtpServerStopsBeforeFetching() throws Exception {
        ProcessRun run = run("--csh.mail.enabled=true", "--csh.mail.to=bd@example.org");

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(run.stderr().lines().toList()).containsExactly(
                "csh-reconciler: configuration: 1 problem, nothing was fetched (exit status 2):",
                "  - csh.mail.enabled is true but spring.mail.host is not set: name the SMTP server"
                        + " (spring.mail.host, or SPRING_MAIL_HOST), or run with --no-email");
        assertThat(apis.gitHubRequests() + apis.asanaRequests()).isZero();
    }

    @Test
    void anSmtpServerThatCannotBeReachedStopsBeforeFetching() throws Exception {
        ProcessRun run = run("--csh.mail.enabled=true", "--csh.mail.to=bd@example.org",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + closedLoopbackPort());

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(run.stderr().lines().toList()).hasSize(2).last().asString()
                .startsWith("  - cannot connect to the SMTP server 127.0.0.1:")
                .endsWith(": check spring.mail.host and spring.mail.port, or run with --no-email");
        assertThat(apis.gitHubRequests() + apis.asanaRequests()).isZero();
    }

    @Test
    void noEmailNeedsNoSmtpServer() throws Exception {
        ProcessRun run = run("--csh.mail.enabled=true", "--csh.mail.to=bd@example.org", "--no-email");

        assertThat(run.exitStatus(Duration.ofSeconds(120))).as(run.stderr()).isEqualTo(ReconcileRunner.COMPLETED);
    }

    @Test
    void theShippedExampleConfigurationIsRecognisedAndNamedAsSuch(@TempDir Path operatorDir) throws Exception {
        // a new operator's first run: the repository's config/ as shipped, real-looking tokens in the environment
        Files.createDirectories(operatorDir.resolve("config"));
        for (String file : List.of("application.yml", "communities.yml")) {
            Files.copy(Path.of("config", file), operatorDir.resolve("config").resolve(file));
        }

        ProcessRun run = ProcessRun.start(operatorDir,
                Map.of("CSH_GITHUB_TOKEN", "fake-github-token", "CSH_ASANA_TOKEN", "fake-asana-token"),
                List.of("--to=2026-11-25"));

        assertThat(run.exitStatus(Duration.ofSeconds(60))).as(run.stderr()).isEqualTo(ReconcileRunner.BAD_INPUT);
        List<String> lines = run.stderr().lines().toList();
        assertThat(lines.get(0)).matches("csh-reconciler: configuration: \\d+ problems, nothing was fetched \\(exit status 2\\):");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line)
                .startsWith("  - ").contains("the shipped example", "replace the example value")).anySatisfy(line ->
                assertThat(line).contains("csh.github.repositories: your-org/support")).anySatisfy(line ->
                assertThat(line).contains("csh.asana.portfolio-gid: 1200000000000000")).anySatisfy(line ->
                assertThat(line).contains("csh.communities-file: the communities (Example University,"));
        assertThat(operatorDir.resolve("reports")).doesNotExist();
    }

    private static ProcessRun run(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--to=2026-11-25"));
        // the sample organisation's own mail setting (off) gives way to the test's
        apis.arguments().stream().filter(argument -> !argument.startsWith("--csh.mail.enabled=")).forEach(args::add);
        args.addAll(List.of(extra));
        apis.resetRequests();
        return ProcessRun.start(workDir, Map.of(), args);
    }

    /** A loopback port that nothing listens on: connecting is refused at once. */
    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
