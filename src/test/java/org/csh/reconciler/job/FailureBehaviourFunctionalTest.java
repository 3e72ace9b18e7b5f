package org.csh.reconciler.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.csh.reconciler.cli.ReconcileRunner;
import org.csh.reconciler.demo.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code main} in a child JVM against the sample organisation (and a GitHub that refuses every
 * token), capturing all its output at DEBUG: permanent failures fail fast with one line and leave earlier
 * reports alone, bad properties are listed at once, and the recognisable test tokens never appear anywhere.
 */
class FailureBehaviourFunctionalTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static final String REPORT = "csh-report_2026-11-01_2026-11-25.xlsx";
    static final String CSV = "bd-flags_2026-11-01_2026-11-25.csv";
    /** Built at run time, so that no token-shaped literal sits in the repository. */
    static final String GITHUB_TOKEN = String.join("", "ghp", "_", "TESTTOKEN", "Zq7Xw2Lm9Rt4Yb6Nc1Vd8Kf3Hs5J");
    static final String ASANA_TOKEN = String.join("", "2/1209", "876543210987/1209876543210987", ":",
            "TESTTOKEN", "c0ffee", "d00dfeed", "f00dcafe");

    static DemoServer demo;
    static WireMockServer refusing;

    @BeforeAll
    static void start(@TempDir Path demoDir) throws IOException {
        demo = DemoServer.start(RUN_DATE, demoDir);
        refusing = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .http2PlainDisabled(true));
        refusing.start();
        refusing.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}")));
    }

    @AfterAll
    static void stop() {
        demo.close();
        refusing.stop();
    }

    @Test
    void rejectedGitHubTokenFailsFastWithOneLineAndLeavesTheEarlierReportUntouched(@TempDir Path work)
            throws Exception {
        // given an earlier report of the same range, and the GitHub token in a secret file
        Path reports = Files.createDirectories(work.resolve("reports"));
        Files.writeString(reports.resolve(REPORT), "the earlier report");
        Path secrets = Files.createDirectories(work.resolve("secrets"));
        Files.writeString(secrets.resolve("csh.github.token"), GITHUB_TOKEN + "\n");
        List<String> args = jobArguments(atDebug("--csh.github.api-url=" + refusing.baseUrl(),
                "--spring.config.import=optional:configtree:" + secrets + "/"));

        // when
        ChildJvm.Run run = ChildJvm.run(work, Map.of("CSH_ASANA_TOKEN", ASANA_TOKEN), args);

        // then
        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(oneLineReason(run)).contains("fetchGitHub", "HTTP 401", "csh.github.token");
        assertThat(Files.readString(reports.resolve(REPORT))).isEqualTo("the earlier report");
        assertThat(filesIn(reports)).containsExactly(REPORT);
        assertNoToken(run.output());
        // the token came from the secret file, and a 401 is not retried
        List<LoggedRequest> requests = refusing.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
        // reads go side by side (csh.github.concurrency), so several may be refused, but none is sent twice
        assertThat(requests).isNotEmpty();
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getUrl()).doesNotHaveDuplicates();
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization")).endsWith(" " + GITHUB_TOKEN));
    }

    @Test
    void unknownRepositoryFailsFastNamingIt(@TempDir Path work) throws Exception {
        ChildJvm.Run run = ChildJvm.run(work, tokens(), jobArguments("--csh.github.repositories=acme/nope"));

        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(oneLineReason(run)).contains("acme/nope", "HTTP 404");
        assertThat(filesIn(work.resolve("reports"))).isEmpty();
        assertNoToken(run.output());
    }

    @Test
    void unknownPortfolioFailsFastNamingIt(@TempDir Path work) throws Exception {
        ChildJvm.Run run = ChildJvm.run(work, tokens(), jobArguments("--csh.asana.portfolio-gid=424242"));

        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.JOB_FAILED);
        assertThat(oneLineReason(run)).contains("fetchAsana", "portfolio 424242", "404");
        assertThat(filesIn(work.resolve("reports"))).isEmpty();
        assertNoToken(run.output());
    }

    @Test
    void completedRunAtDebugShowsTheTokensNowhere(@TempDir Path work) throws Exception {
        ChildJvm.Run run = ChildJvm.run(work, tokens(), jobArguments(atDebug()));

        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.COMPLETED);
        assertNoToken(run.output());
        assertThat(run.output()).contains("DEBUG");
        Path reports = work.resolve("reports");
        assertThat(filesIn(reports)).containsExactlyInAnyOrder(REPORT, CSV);
        assertNoToken(Files.readString(reports.resolve(CSV), StandardCharsets.UTF_8));
        assertNoToken(unzipped(reports.resolve(REPORT)));
    }

    @Test
    void unreadablePropertiesAreListedTogetherWithTheirFileAndKey(@TempDir Path work) throws Exception {
        // given
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config/application.yml"),
                "csh:\n  zone: Mars/Base\n  flags:\n    over-ratio: abc\n");

        // when
        ChildJvm.Run run = ChildJvm.run(work, tokens(), jobArguments("--csh.http.read-timeout=forever",
                "--csh.job.stale-after=soon"));

        // then
        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(oneLineReason(run)).isEqualTo("csh-reconciler: configuration: 4 problems, nothing was fetched"
                + " (exit status 2):");
        assertThat(problemLines(run)).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("csh.zone = 'Mars/Base' (URL [file:config/application.yml] - 2:9)"))
                .anySatisfy(line -> assertThat(line).startsWith("csh.flags.over-ratio = 'abc' (URL [file:config/application.yml] - 4:17)"))
                .anySatisfy(line -> assertThat(line).startsWith("csh.http.read-timeout = 'forever' (\"csh.http.read-timeout\""
                        + " from property source \"commandLineArgs\")"))
                .anySatisfy(line -> assertThat(line).startsWith("csh.job.stale-after = 'soon'"));
        assertThat(run.output()).doesNotContain("\tat org.springframework");
        assertNoToken(run.output());
    }

    @Test
    void valuesOutOfRangeAndEveryCommunitiesFileProblemAreListedTogetherBeforeAnythingIsFetched(@TempDir Path work)
            throws Exception {
        // given settings that bind but cannot work, and a contracts file with two problems
        Path communities = work.resolve("communities.yml");
        Files.writeString(communities, "communities:\n  - name: Example University\n    contracts:\n"
                + "      - { start: 2026-12-31, end: 2026-01-01, hours: -4 }\n");

        // when
        ChildJvm.Run run = ChildJvm.run(work, tokens(), jobArguments("--csh.github.concurrency=0",
                "--csh.asana.page-size=500", "--csh.communities-file=" + communities));

        // then all of them, one per line, status 2, and no request sent
        assertThat(run.status()).as(tail(run)).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(oneLineReason(run)).startsWith("csh-reconciler: configuration: 4 problems");
        assertThat(problemLines(run)).hasSize(4)
                .anySatisfy(line -> assertThat(line).isEqualTo("csh.github.concurrency must be at least 1, was 0"))
                .anySatisfy(line -> assertThat(line).isEqualTo("csh.asana.page-size must be between 1 and 100, was 500"))
                .anySatisfy(line -> assertThat(line).contains("end"))
                .anySatisfy(line -> assertThat(line).contains("hours"));
        assertThat(run.output()).doesNotContain("step fetchGitHub");
    }

    /** The demo's arguments without its tokens, for the run date's month, with these replacing the demo's. */
    private static List<String> jobArguments(String... overrides) {
        List<String> args = new ArrayList<>();
        for (String argument : demo.arguments()) {
            String name = argument.substring(0, argument.indexOf('=') + 1);
            // a repeated --name=value would be joined with a comma, not replaced
            if (!argument.contains(".token=") && Stream.of(overrides).noneMatch(o -> o.startsWith(name))) {
                args.add(argument);
            }
        }
        args.add("--from=2026-11-01");
        args.add("--to=" + RUN_DATE);
        args.addAll(List.of(overrides));
        return args;
    }

    private static final String[] DEBUG = {"--logging.level.root=DEBUG", "--logging.level.org.csh.reconciler=DEBUG"};

    private static String[] atDebug(String... overrides) {
        return Stream.concat(Stream.of(DEBUG), Stream.of(overrides)).toArray(String[]::new);
    }

    private static Map<String, String> tokens() {
        return Map.of("CSH_GITHUB_TOKEN", GITHUB_TOKEN, "CSH_ASANA_TOKEN", ASANA_TOKEN);
    }

    private static String tail(ChildJvm.Run run) {
        String output = run.output();
        return output.substring(Math.max(0, output.length() - 4000));
    }

    /** The one line every non-zero status comes with. */
    /** The problems listed below the reason line, one per line, without their {@code "  - "}. */
    private static List<String> problemLines(ChildJvm.Run run) {
        List<String> lines = run.output().lines().toList();
        int reason = lines.indexOf(oneLineReason(run));
        return lines.subList(reason + 1, lines.size()).stream().takeWhile(line -> line.startsWith("  - "))
                .map(line -> line.substring(4)).toList();
    }

    private static String oneLineReason(ChildJvm.Run run) {
        List<String> lines = run.output().lines().filter(line -> line.startsWith("csh-reconciler: ")).toList();
        assertThat(lines).as(tail(run)).hasSize(1);
        return lines.get(0);
    }

    private static void assertNoToken(String text) {
        // no description: a failure must not print the whole output again
        assertThat(text.contains("TESTTOKEN")).as("a test token appears in the output or report").isFalse();
        assertThat(text.contains(GITHUB_TOKEN) || text.contains(ASANA_TOKEN)).isFalse();
    }

    private static List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** Every part of the workbook's zip, decompressed, so a token in any sheet or property would show. */
    private static String unzipped(Path workbook) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
