package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaSources;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.estimate.ExplicitOrMedianEstimatorFactory;
import org.csh.reconciler.github.GitHubSources;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.csh.reconciler.report.WorkbookWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation kept as the handbook says, served over loopback in Asana's shapes (start_on, due_on,
 * custom_fields[].enum_value and date_value, memberships; only the opt_fields asked for), read through the real
 * clients with page size 2, reconciled and written: deal-named engagements with a Community drop-down, two of them
 * for one community, dated CSH tasks with allocations, an Activity Log project whose tasks are also added to their
 * engagements, and the sync automation's flat project holding a mirror.
 */
class AsanaAsKeptFunctionalTest {

    static final LocalDate FROM = LocalDate.parse("2026-11-01");
    static final LocalDate TO = LocalDate.parse("2026-11-30");
    static final String MARS = "Mars University";
    static final String COASTAL = "Coastal Lab";
    static final String GLACIER = "Glacier Consortium";
    static final String ISSUE = "https://github.com/acme/support/issues/7";
    static final String ACTIVITY_LOG = "5001";
    static final String SYNC_PROJECT = "5002";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1").http2PlainDisabled(true).extensions(AsanaApiStub.extensions()));
    GitHubSettings github;
    AsanaSettings asana;

    @BeforeEach
    void serve() {
        server.start();
        String root = "http://127.0.0.1:" + server.port();
        github = new GitHubSettings(URI.create(root), "t", "CSH", List.of("acme/support"), "acme", 7, "GitHub Hours",
                100);
        asana = new AsanaSettings(URI.create(root + "/api/1.0"), "t", "9000", List.of(), "Community Success Hours",
                "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 2)
                .withCommunityFieldAndDeliveredOn("Community", "Date")
                .withLogProjects(List.of(ACTIVITY_LOG, SYNC_PROJECT));
        GitHubIssue issue = new GitHubIssue(ISSUE, "acme/support", 7, "Storage quota for the MU imaging lab", "",
                List.of("CSH", "MU"), "closed", "completed", Instant.parse("2026-11-18T10:00:00Z"),
                Instant.parse("2026-11-18T10:00:00Z"), true, 0, null);
        GitHubApiStub.register(server, new GitHubSnapshot(List.of(issue), Map.of(ISSUE, 2.0),
                Instant.parse("2026-11-30T00:00:00Z")), github);
        AsanaApiStub.register(server, organisation(), asana);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** What the stub serves, and what the adapter must read back unchanged. */
    static AsanaSnapshot organisation() {
        AsanaWorkItem novemberUnderQ3 = item("3001", "2002", "Data rescue call", "2026-11-05T15:00:00.000Z", 60.0,
                null, List.of());
        AsanaWorkItem novemberUnderQ4 = item("3002", "2003", "Cluster allocation review", "2026-11-10T15:00:00.000Z",
                90.0, null, List.of(ACTIVITY_LOG));
        CshTask q3 = new CshTask("2002", "Community Success Hours – Q3 2026", url("1001", "2002"), "10",
                List.of(novemberUnderQ3), "2026-07-01", "2026-09-30");
        CshTask q4 = new CshTask("2003", "Community Success Hours – Q4 2026", url("1001", "2003"), "8",
                List.of(novemberUnderQ4), "2026-10-01", "2026-12-31");
        CshTask coastal = new CshTask("2004", "Community Success Hours", url("1003", "2004"), "20", List.of());
        CshTask glacier = new CshTask("2005", "Community Success Hours", url("1004", "2005"), null,
                List.of(item("3005", "2005", "Ice-sheet model output", "2026-11-12T15:00:00.000Z", 120.0, null,
                        List.of())));
        List<Engagement> engagements = List.of(
                new Engagement("1001", "26 Mars University", url("1001"), List.of(q3, q4), "2026-01-01", "2026-12-31",
                        MARS, List.of()),
                new Engagement("1002", "Deal 4411 (renewed)", url("1002"), List.of(), "2026-01-01", "2026-12-31",
                        MARS, List.of()),
                new Engagement("1003", "26 Coastal Lab", url("1003"), List.of(coastal), "2026-01-01", "2026-12-31",
                        null, List.of()),
                new Engagement("1004", "26 Glacier pilot", url("1004"), List.of(glacier), "2026-09-01", "2027-08-31",
                        GLACIER, List.of()));
        LogProject activityLog = new LogProject(ACTIVITY_LOG, "Activity Log", url(ACTIVITY_LOG), List.of(
                item("4001", null, "Workshop prep", "2026-11-15T09:00:00.000Z", 30.0, "2026-11-14",
                        List.of(ACTIVITY_LOG, "1002")),
                item("4002", "4001", "Workshop handout", "2026-11-15T09:30:00.000Z", 15.0, null, List.of()),
                item("4003", null, "Joint call", "2026-11-16T09:00:00.000Z", 60.0, null,
                        List.of(ACTIVITY_LOG, "1003", "1001")),
                item("4004", null, "Office hours", "2026-11-17T09:00:00.000Z", 45.0, null, List.of(ACTIVITY_LOG)),
                // the same task as under the Q4 CSH task, met again at the top of the log project
                item("3002", null, "Cluster allocation review", "2026-11-10T15:00:00.000Z", 90.0, null,
                        List.of(ACTIVITY_LOG))));
        AsanaWorkItem mirror = new AsanaWorkItem("4101", null, "Storage quota for the MU imaging lab", "",
                url(SYNC_PROJECT, "4101"), true, "2026-11-18T10:01:00.000Z", Optional.empty(), ISSUE, "1.5", "1.5", List.of(), null,
                List.of(SYNC_PROJECT));
        LogProject sync = new LogProject(SYNC_PROJECT, "GitHub sync", url(SYNC_PROJECT), List.of(mirror));
        return new AsanaSnapshot(engagements, List.of(activityLog, sync), Instant.parse("2026-11-30T00:00:00Z"));
    }

    static AsanaWorkItem item(String gid, String parent, String name, String completedAt, Double minutes,
            String date, List<String> projects) {
        return new AsanaWorkItem(gid, parent, name, "", url("0", gid), true, completedAt, Optional.ofNullable(minutes), null, null, null,
                List.of(), date, projects);
    }

    static String url(String... gids) {
        return "https://app.asana.com/0/" + String.join("/", gids);
    }

    static final String COMMUNITIES = """
            communities:
              - name: Mars University
                aliases: [MU]
                contracts:
                  - { start: 2026-01-01, end: 2026-12-31, hours: 10, per: quarter }
              - name: Coastal Lab
                contracts:
                  - { start: 2026-01-01, end: 2026-12-31, hours: 20 }
            """;

    @Test
    void theAdapterReadsBackEveryFieldTheRulesNeed() {
        AsanaSnapshot fetched = AsanaSources.withDefaults(asana).fetch();

        assertThat(fetched.engagements()).isEqualTo(organisation().engagements());
        assertThat(fetched.logProjects()).isEqualTo(organisation().logProjects());
    }

    @Test
    void logProjectsArePagedAndNoTaskNeedsARequestOfItsOwn() {
        AsanaSources.withDefaults(asana).fetch();

        List<LoggedRequest> requests = server.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith("/api/1.0/")).toList();
        // four Activity Log tasks (and a subtask) at two a page: two pages, each asking for every field the rules read
        assertThat(requests).filteredOn(r -> r.getUrl().startsWith("/api/1.0/projects/" + ACTIVITY_LOG + "/tasks"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.queryParameter("opt_fields").firstValue())
                        .contains("memberships.project.gid", "custom_fields.date_value.date", "actual_time_minutes",
                                "completed_at", "num_subtasks"));
        assertThat(requests).noneMatch(r -> r.getUrl().split("\\?")[0].matches("/api/1\\.0/tasks/[^/]+"));
        // subtasks only of the one log task that has any (and of the CSH tasks and the stub's checklist)
        assertThat(requests).filteredOn(r -> r.getUrl().matches("/api/1\\.0/tasks/4\\d+/subtasks.*"))
                .extracting(r -> r.getUrl().split("/")[4]).containsExactly("4001");
    }

    @Test
    void workItemsFindingsAndSummaryCountLogProjectsAllocationsAndEngagementsOnce(@TempDir Path reports)
            throws Exception {
        GitHubSnapshot fetchedGitHub = GitHubSources.standard(github).fetch();
        AsanaSnapshot fetchedAsana = AsanaSources.withDefaults(asana).fetch();
        ReconcileResult result = new Reconciler(Optional.of(CommunitiesFile.parse(COMMUNITIES, "communities.yml")),
                "communities.yml", ReconcileSettings.of(FROM, TO), new ExplicitOrMedianEstimatorFactory())
                .reconcile(fetchedGitHub, fetchedAsana);
        Path workbook = new WorkbookWriter().write(result, reports);

        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(rows(book.getSheet("Work items"))).extracting(r -> r.get("Community"), r -> r.get("Source"),
                    r -> r.get("Title"), r -> r.get("State"), r -> r.get("Completed"), r -> r.get("Hours"))
                    .containsExactlyInAnyOrder(
                            tuple(MARS, "Both", "Storage quota for the MU imaging lab", "completed", "2026-11-18", 2.0),
                            tuple(MARS, "Asana", "Data rescue call", "completed", "2026-11-05", 1.0),
                            tuple(MARS, "Asana", "Cluster allocation review", "completed", "2026-11-10", 1.5),
                            tuple(GLACIER, "Asana", "Ice-sheet model output", "completed", "2026-11-12", 2.0),
                            tuple(MARS, "Asana", "Workshop prep", "completed", "2026-11-14", 0.5),
                            tuple(MARS, "Asana", "Workshop handout", "completed", "2026-11-15", 0.25),
                            tuple(MARS, "Asana", "Joint call", "completed", "2026-11-16", 1.0),
                            tuple("", "Asana", "Office hours", "completed", "2026-11-17", 0.75));
            List<Map<String, Object>> findings = rows(book.getSheet("Findings"));
            assertThat(findings).extracting(r -> r.get("Code"), r -> r.get("Community"))
                    .containsExactlyInAnyOrder(
                            tuple("HOURS_MISMATCH", MARS),
                            tuple("WRONG_COMMUNITY", MARS),
                            tuple("UNKNOWN_COMMUNITY", ""),
                            tuple("TOTAL_MISMATCH", MARS),
                            tuple("WRONG_TASK", MARS),
                            tuple("NO_CONTRACT", GLACIER));
            assertThat(detail(findings, "WRONG_TASK")).contains("delivered on 2026-11-05",
                    "Community Success Hours – Q3 2026", "file it under 'Community Success Hours – Q4 2026'");
            assertThat(detail(findings, "TOTAL_MISMATCH")).contains("Hours Total 8 h", "contract gives 10 h");
            assertThat(detail(findings, "WRONG_COMMUNITY")).contains("Joint call", MARS + " and " + COASTAL);
            assertThat(detail(findings, "UNKNOWN_COMMUNITY")).contains("in no engagement");

            Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
            rows(book.getSheet("Summary")).forEach(r -> summary.put((String) r.get("Community"), r));
            assertThat(summary).containsKeys(MARS, COASTAL, GLACIER);
            assertThat(summary.get(MARS)).containsEntry("Status", "OK").containsEntry("Contracted hours", 10.0)
                    .containsEntry("Used hours", 6.25).containsEntry("Period start", "2026-10-01")
                    .containsEntry("Hours in range", 6.25);
            assertThat(summary.get(GLACIER)).containsEntry("Status", "NO_CONTRACT").containsEntry("Hours in range", 2.0);
            assertThat(summary.get(COASTAL)).containsEntry("Status", "UNDERUSING").containsEntry("Used hours", 0.0);
        }
    }

    @Test
    void withoutAContractsFileTheAllocationsAreTheContracts() {
        ReconcileResult result = new Reconciler(Optional.empty(), "config/communities.yml",
                ReconcileSettings.of(FROM, TO), new ExplicitOrMedianEstimatorFactory())
                .reconcile(GitHubSources.standard(github).fetch(), AsanaSources.withDefaults(asana).fetch());

        assertThat(result.contracts().fromAsana()).isTrue();
        assertThat(result.communities()).filteredOn(c -> c.community().equals(MARS)).singleElement()
                .satisfies(mars -> assertThat(mars.contractedHours()).hasValueSatisfying(
                        h -> assertThat(h).isEqualByComparingTo("8")));
        assertThat(result.findings()).filteredOn(f -> f.code().name().equals("INVALID_DATA"))
                .singleElement().satisfies(f -> assertThat(f.detail()).contains(GLACIER, "no Hours Total"));
    }

    private static String detail(List<Map<String, Object>> findings, String code) {
        return findings.stream().filter(r -> code.equals(r.get("Code"))).map(r -> (String) r.get("Detail"))
                .findFirst().orElseThrow();
    }

    /** Each row below the header, by header; numbers as doubles, dates as YYYY-MM-DD, empty cells as "". */
    static List<Map<String, Object>> rows(Sheet sheet) {
        Row head = sheet.getRow(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Cell header : head) {
                values.put(header.getStringCellValue(), value(row.getCell(header.getColumnIndex())));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }
}
