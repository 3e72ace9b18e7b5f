package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.SuppliedClock;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.bench.SyntheticOrganisation;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.estimate.ExplicitOrMedianEstimatorFactory;
import org.csh.reconciler.github.GitHubApiSource;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.github.GitHubSources;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.csh.reconciler.report.ReportContext;
import org.csh.reconciler.report.WorkbookWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;

/** A nightly run reads only what changed, and its report equals the report of a full read of the same data. */
class IncrementalRunTest {

    private static final Instant FIRST_READ = SyntheticOrganisation.EDITED.plus(Duration.ofDays(1));
    private static final Instant EDITED = FIRST_READ.plus(Duration.ofHours(1));
    private static final Instant NIGHTLY = FIRST_READ.plus(Duration.ofDays(1));

    @TempDir
    Path dir;

    private final SyntheticOrganisation org = SyntheticOrganisation.generate(6, 24, 0.5, 2);
    private WireMockServer server;
    private GitHubSettings settings;
    private AsanaSettings asanaSettings;
    private Instant now = FIRST_READ;
    private GitHubApiSource source;

    @BeforeEach
    void serve() {
        List<Extension> extensions = new ArrayList<>(List.of(AsanaApiStub.extensions()));
        extensions.addAll(List.of(GitHubApiStub.extensions()));
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .http2PlainDisabled(true).extensions(extensions.toArray(Extension[]::new)));
        server.start();
        String root = "http://127.0.0.1:" + server.port();
        // a small page size, so that the lists of changes are paged too
        settings = new GitHubSettings(URI.create(root), "token", "CSH", org.repositoryNames(),
                SyntheticOrganisation.ORGANISATION, SyntheticOrganisation.PROJECT_NUMBER, "GitHub Hours", 5, 3);
        asanaSettings = new AsanaSettings(URI.create(root + "/api/1.0"), "token", SyntheticOrganisation.PORTFOLIO_GID,
                List.of(), "Community Success Hours", "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 100);
        Clock clock = new SuppliedClock(() -> now);
        source = GitHubSources.at(settings, clock);
        serve(org.github());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void nightlyRunOnUnchangedDataAsksOnlyForChangesAndGivesTheSameReport() throws IOException {
        GitHubSnapshot first = source.fetch();
        int fullRequests = source.requestCount();
        now = NIGHTLY;

        GitHubSnapshot nightly = source.refresh(first);

        // one list of changes per repository and one GraphQL check
        assertThat(source.requestCount()).as("a list per repository, the board fields, the change check")
                .isEqualTo(settings.repositories().size() + 2).isLessThan(fullRequests / 5);
        assertSameAsFullRead(nightly);
    }

    @Test
    void nightlyRunAfterEditsMovesAndUnlabellingGivesTheSameReportAsAFullRead() throws IOException {
        GitHubSnapshot first = source.fetch();
        int fullRequests = source.requestCount();
        List<GitHubIssue> labelled = first.issues().stream().filter(GitHubIssue::labelled).toList();
        GitHubIssue parent = labelled.stream().filter(issue -> issue.subIssuesTotal() > 0).findFirst().orElseThrow();
        GitHubIssue otherParent = labelled.stream().filter(issue -> issue.subIssuesTotal() > 0).skip(3).findFirst()
                .orElseThrow();
        GitHubIssue subIssue = first.issues().stream().filter(issue -> parent.url().equals(issue.parentUrl()))
                .findFirst().orElseThrow();
        GitHubIssue plain = labelled.stream().filter(issue -> issue.subIssuesTotal() == 0).findFirst().orElseThrow();
        GitHubIssue open = labelled.stream().filter(issue -> !issue.isClosed() && issue.subIssuesTotal() == 0)
                .skip(1).findFirst().orElseThrow();
        Map<String, UnaryOperator<GitHubIssue>> edits = new LinkedHashMap<>();
        // moved to another community by its label, and retitled
        edits.put(plain.url(), issue -> edited(issue, "Retitled " + issue.title(),
                List.of("CSH", "community-0005"), issue.state(), issue.stateReason(), issue.closedAt(), true));
        edits.put(open.url(), issue -> edited(issue, issue.title(), issue.labels(), "closed", "completed",
                EDITED, true));
        // no longer CSH work: it and its sub-issues leave the report
        edits.put(otherParent.url(), issue -> edited(issue, issue.title(), List.of("community-0001"), issue.state(),
                issue.stateReason(), issue.closedAt(), false));
        edits.put(subIssue.url(), issue -> edited(issue, issue.title(), issue.labels(), "closed", "not_planned",
                EDITED, false));
        edits.put(parent.url(), issue -> edited(issue, issue.title(), issue.labels(), issue.state(),
                issue.stateReason(), issue.closedAt(), true));
        List<GitHubIssue> issues = new ArrayList<>();
        first.issues().forEach(issue -> issues.add(edits.getOrDefault(issue.url(), UnaryOperator.identity())
                .apply(issue)));
        // a new sub-issue below the parent, and a new CSH issue
        issues.add(new GitHubIssue(repoUrl(parent.repository(), 900), parent.repository(), 900, "New part", "",
                List.of(), "open", null, null, EDITED, false, 0, parent.url()));
        issues.add(new GitHubIssue(repoUrl(plain.repository(), 901), plain.repository(), 901, "New CSH issue",
                "For Community 0002", List.of("CSH", "community-0002"), "closed", "completed", EDITED, EDITED, true, 0,
                null));
        Map<String, Double> board = new LinkedHashMap<>(first.boardHours());
        board.put(plain.url(), 7.5);
        serve(new GitHubSnapshot(issues, board, EDITED));
        now = NIGHTLY;

        GitHubSnapshot nightly = source.refresh(first);

        assertThat(source.requestCount()).isLessThan(fullRequests);
        assertSameAsFullRead(nightly);
    }

    @Test
    void nightlyRunNoticesADeletedIssueAndGivesTheSameReportAsAFullRead() throws IOException {
        GitHubSnapshot first = source.fetch();
        GitHubIssue deleted = first.issues().stream().filter(GitHubIssue::labelled).skip(2).findFirst().orElseThrow();
        List<GitHubIssue> issues = first.issues().stream().filter(issue -> !issue.url().equals(deleted.url())
                && !deleted.url().equals(issue.parentUrl())).toList();
        serve(new GitHubSnapshot(issues, first.boardHours(), EDITED));
        now = NIGHTLY;

        GitHubSnapshot nightly = source.refresh(first);

        assertThat(nightly.issues()).extracting(GitHubIssue::url).doesNotContain(deleted.url());
        assertSameAsFullRead(nightly);
    }

    private void assertSameAsFullRead(GitHubSnapshot nightly) throws IOException {
        GitHubSnapshot full = source.fetch();
        assertThat(nightly.issues()).containsExactlyElementsOf(full.issues());
        assertThat(nightly.boardHours()).isEqualTo(full.boardHours());
        assertThat(cells(workbook(nightly, "nightly"))).isEqualTo(cells(workbook(full, "full")));
    }

    private Path workbook(GitHubSnapshot github, String name) throws IOException {
        Path yaml = dir.resolve("communities.yml");
        Files.writeString(yaml, org.communitiesYaml());
        ReconcileSettings reconcile = new ReconcileSettings(SyntheticOrganisation.FROM, SyntheticOrganisation.TO,
                ZoneOffset.UTC, BigDecimal.ONE, new BigDecimal("0.5"));
        var result = new Reconciler(CommunitiesFile.load(yaml), reconcile, new ExplicitOrMedianEstimatorFactory())
                .reconcile(github, org.asana());
        // one fixed "generated at" for both workbooks: the real time could cross a minute between them
        return new WorkbookWriter().write(result, ReportContext.at(NIGHTLY), Files.createDirectories(dir.resolve(name)));
    }

    private static List<String> cells(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell));
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        assertThat(cells).isNotEmpty();
        return cells;
    }

    private void serve(GitHubSnapshot github) {
        server.resetAll();
        GitHubApiStub.register(server, github, settings);
        AsanaApiStub.register(server, org.asana(), asanaSettings);
    }

    private static GitHubIssue edited(GitHubIssue issue, String title, List<String> labels, String state,
            String reason, Instant closedAt, boolean labelled) {
        return new GitHubIssue(issue.url(), issue.repository(), issue.number(), title, issue.body(), labels, state,
                reason, closedAt, EDITED, labelled, issue.subIssuesTotal(), issue.parentUrl());
    }

    private static String repoUrl(String repository, int number) {
        return "https://github.com/" + repository + "/issues/" + number;
    }
}
