package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaSources;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.estimate.ExplicitOrMedianEstimatorFactory;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.github.GitHubSources;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.csh.reconciler.report.FlagsCsvWriter;
import org.csh.reconciler.report.WorkbookWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and a community name starting with what spreadsheets execute travel over real HTTP through both
 * adapters, the rules and the writers; read back, none is a formula.
 */
class FormulaTextEndToEndTest {

    static final List<String> DANGEROUS = List.of("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0", "\tTab first",
            "\rCR first", "\nLF first");
    static final String COMMUNITY = "@Home Lab";
    static final LocalDate TO = LocalDate.parse("2026-11-25");

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1").http2PlainDisabled(true).extensions(AsanaApiStub.extensions()));

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void dangerousTextIsNeverAFormulaInTheWorkbookOrTheCsv(@TempDir Path reports) throws Exception {
        // given GitHub and Asana items whose titles start with = + - @ tab CR LF, in a community flagged for BD
        server.start();
        String root = "http://127.0.0.1:" + server.port();
        GitHubSettings github = new GitHubSettings(URI.create(root), "t", "CSH", List.of("acme/support"), "acme", 7,
                "GitHub Hours", 100);
        AsanaSettings asana = new AsanaSettings(URI.create(root + "/api/1.0"), "t", "9000", List.of(),
                "Community Success Hours", "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 100);
        List<GitHubIssue> issues = new ArrayList<>();
        List<AsanaWorkItem> items = new ArrayList<>();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            issues.add(new GitHubIssue("https://github.com/acme/support/issues/" + (i + 1), "acme/support", i + 1,
                    DANGEROUS.get(i), "", List.of("CSH"), "open", null, null, Instant.parse("2026-11-20T10:00:00Z"),
                    true, 0, null));
            items.add(new AsanaWorkItem("30" + i, "2001", DANGEROUS.get(i) + " (Asana)", "",
                    "https://app.asana.com/0/1001/30" + i, true, "2026-11-10T10:00:00.000Z", Optional.of(600.0), null, null, null));
        }
        GitHubApiStub.register(server, new GitHubSnapshot(issues, Map.of(), Instant.parse("2026-11-25T00:00:00Z")),
                github);
        AsanaApiStub.register(server, new AsanaSnapshot(List.of(new Engagement("1001", COMMUNITY,
                "https://app.asana.com/0/1001", List.of(new CshTask("2001", "Community Success Hours",
                        "https://app.asana.com/0/1001/2001", null, items)))), Instant.parse("2026-11-25T00:00:00Z")),
                asana);
        var communities = CommunitiesFile.parse("communities:\n  - name: \"" + COMMUNITY + "\"\n    contracts:\n"
                + "      - { start: 2026-01-01, end: 2026-12-31, hours: 10 }\n", "communities.yml");

        // when
        GitHubSnapshot fetchedGitHub = GitHubSources.standard(github).fetch();
        AsanaSnapshot fetchedAsana = AsanaSources.withDefaults(asana).fetch();
        ReconcileResult result = new Reconciler(communities, ReconcileSettings.of(TO.withDayOfMonth(1), TO),
                new ExplicitOrMedianEstimatorFactory()).reconcile(fetchedGitHub, fetchedAsana);
        Path workbook = new WorkbookWriter().write(result, reports);
        Path csv = new FlagsCsvWriter().write(result, reports);

        // then every dangerous title is a plain, quote-prefixed string cell
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Map<String, Cell> titles = column(book.getSheet("Work items"), "Title");
            for (String text : DANGEROUS) {
                for (String title : List.of(text, text + " (Asana)")) {
                    Cell cell = titles.get(title);
                    assertThat(cell).as(title).isNotNull();
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(title).isTrue();
                }
            }
            Cell flagged = column(book.getSheet("BD flags"), "Community").get(COMMUNITY);
            assertThat(flagged.getCellType()).isEqualTo(CellType.STRING);
            assertThat(flagged.getCellStyle().getQuotePrefixed()).isTrue();
        }
        // and the CSV prefixes the community name so that no spreadsheet runs it
        String flags = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(flags).contains("'" + COMMUNITY).doesNotContain("\r\n" + COMMUNITY);
    }

    /** The cells of one column, by their text. */
    private static Map<String, Cell> column(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        int col = -1;
        for (Cell cell : head) {
            if (cell.getStringCellValue().equals(header)) {
                col = cell.getColumnIndex();
            }
        }
        Map<String, Cell> cells = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(col) != null) {
                cells.put(row.getCell(col).getStringCellValue(), row.getCell(col));
            }
        }
        return cells;
    }
}
