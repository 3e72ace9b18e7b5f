package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.cli.EstimateEvaluation;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.cli.StatementCommand;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.demo.DemoServer;
import org.csh.reconciler.demo.SampleExpectations;
import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.Status;
import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.store.RunSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the whole {@code reconcileJob} against the sample organisation served over real HTTP by WireMock,
 * through the real GitHub and Asana client libraries, on a real H2 database, and reads the workbook back:
 * statuses and findings, a statement for one community, and the estimates with the run's back-test.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "csh.run-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:functional;DB_CLOSE_DELAY=-1"})
class ReconcileJobFunctionalTest {

    static final LocalDate RUN_DATE = LocalDate.parse("2026-11-25");
    static Path workDir;
    static DemoServer demo;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    CshProperties properties;

    @Autowired
    RunSnapshots snapshots;

    @BeforeAll
    static void serveSampleOrganisation() throws Exception {
        workDir = Files.createTempDirectory("csh-functional");
        demo = DemoServer.start(RUN_DATE, workDir);
    }

    @AfterAll
    static void stop() throws IOException {
        demo.close();
        // the sample organisation's contracts and the reports: nothing is left in the temporary directory
        FileSystemUtils.deleteRecursively(workDir);
    }

    @DynamicPropertySource
    static void pointAtTheStubs(DynamicPropertyRegistry registry) {
        ArgumentProperties.add(registry, demo.arguments());
        registry.add("csh.report.dir", () -> workDir.resolve("reports").toString());
    }

    @Test
    void writesTheWorkbookWithEveryStatusAndFindingOfTheSampleOrganisation() throws Exception {
        JobExecution execution = jobs.startJob(JobRange.parameters(
                new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE), 1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path workbook = workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
        assertThat(workbook).exists();
        assertThat(workDir.resolve("reports").resolve("bd-flags_2026-11-01_2026-11-25.csv")).exists();

        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            assertThat(sheetNames(book)).containsSubsequence("Summary", "Work items", "Findings", "BD flags");

            Map<String, Map<String, Cell>> summary = rowsByFirstColumn(book.getSheet("Summary"));
            SampleExpectations.expectedStatuses().forEach((community, status) ->
                    assertThat(text(summary.get(community).get("Status"))).as(community).isEqualTo(status));
            Set<String> statuses = new java.util.HashSet<>();
            summary.values().forEach(row -> statuses.add(text(row.get("Status"))));
            for (Status status : Status.values()) {
                assertThat(statuses).contains(status.name());
            }
            summary.values().forEach(row -> {
                assertThat(row.get("Used hours").getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.get("Hours in range").getCellType()).isEqualTo(CellType.NUMERIC);
            });

            // figures worked out by hand from src/main/resources/demo: this month's grant (6 h board + 1 h timed),
            // planning (3 h), a 3 h transfer and a 2 h image update against 8 h a month; one 90-minute call this
            // quarter against 24 h a quarter
            assertThat(number(summary.get("Coastal Ecology Lab"), "Used hours")).isEqualTo(15.0);
            assertThat(number(summary.get("Coastal Ecology Lab"), "Contracted hours")).isEqualTo(8.0);
            assertThat(number(summary.get("Open Climate Collective"), "Used hours")).isEqualTo(1.5);
            assertThat(number(summary.get("Open Climate Collective"), "Contracted hours")).isEqualTo(24.0);
            summary.forEach((community, row) -> assertThat(number(row, "Used hours")).as(community)
                    .isCloseTo(number(row, "Logged hours") + number(row, "Estimated hours"), within(0.001)));
            double usedSum = summary.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                    .mapToDouble(e -> number(e.getValue(), "Used hours")).sum();
            assertThat(number(summary.get("Total"), "Used hours")).isCloseTo(usedSum, within(0.001));

            Set<Finding.Code> codes = EnumSet.noneOf(Finding.Code.class);
            Set<String> codeAndCommunity = new java.util.HashSet<>();
            for (Row row : rows(book.getSheet("Findings"))) {
                codes.add(Finding.Code.valueOf(row.getCell(0).getStringCellValue()));
                codeAndCommunity.add(text(row.getCell(0)) + " " + text(row.getCell(1)));
            }
            assertThat(codes).containsExactlyInAnyOrder(Finding.Code.values());
            SampleExpectations.expectedFindings().forEach((code, community) ->
                    assertThat(codeAndCommunity).contains(code + " " + community.orElse("")));

            Sheet items = book.getSheet("Work items");
            assertThat(items.getLastRowNum()).isGreaterThanOrEqualTo(100);

            assertThat(sheetNames(book)).containsExactly("Summary", "Work items", "Findings", "BD flags", "Trend",
                    "Read me", "Estimates");
            assertThat(summary.get("Total").get("Used hours").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(((XSSFSheet) book.getSheet("Summary")).getDrawingPatriarch().getCharts()).hasSize(1);
            // the first run: a sentence instead of a chart of one point
            assertThat(((XSSFSheet) book.getSheet("Trend")).getDrawingPatriarch()).isNull();
            assertThat(findRow(book.getSheet("Trend"), "One run so far: the chart of Used % over time appears "
                    + "once a second run has completed.")).isPositive();
            assertThat(text(book.getSheet("Read me").getRow(findRow(book.getSheet("Read me"), "Asana items"))
                    .getCell(1))).isEqualTo("139");
            // one meaning per number: 84 issues, each counted once, 83 of them labelled and 1 an unlabelled sub-issue
            Row github = book.getSheet("Read me").getRow(findRow(book.getSheet("Read me"), "GitHub issues"));
            assertThat(text(github.getCell(1))).isEqualTo("84");
            assertThat(text(github.getCell(2))).startsWith("83 labelled CSH in ")
                    .contains(" and 1 unlabelled sub-issue of them;");
        }
    }

    @Test
    void writesAStatementOfOneCommunityFromTheStoredResult() throws Exception {
        RunArguments.DateRange range = new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE);
        assertThat(jobs.startJob(JobRange.parameters(range, 2)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StatementCommand statements = new StatementCommand(properties, snapshots);

        Path statement = statements.write(range,
                statements.resolve("example university", CommunitiesFile.load(properties.communitiesFile())));

        assertThat(statement.getFileName()).hasToString("statement_example-university_2026-11-01_2026-11-25.xlsx");
        try (InputStream in = Files.newInputStream(statement); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(sheetNames(book)).containsExactly("Statement");
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(text(cell)).append('\n')));
            assertThat(all).contains("Example University", "Hours delivered", "Contracted hours")
                    .doesNotContain("http", "Coastal Ecology Lab", "MISSING_TIME");
        }
    }

    @Test
    void estimatesSheetListsEachEstimateAndTheBackTestOfTheRunsTimedItems() throws Exception {
        JobExecution execution = jobs.startJob(JobRange.parameters(
                new RunArguments.DateRange(RUN_DATE.withDayOfMonth(1), RUN_DATE), 3));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        BackTestResult backTest = BackTestFigures.of(execution).orElseThrow();
        assertThat(backTest.predicted()).isPositive();
        assertThat(EstimateEvaluation.text(BackTestFigures.of(execution)))
                .contains("mean absolute error", "median absolute error", "improvement over the baseline");

        Path workbook = workDir.resolve("reports").resolve("csh-report_2026-11-01_2026-11-25.xlsx");
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            Sheet estimates = book.getSheet("Estimates");
            List<Row> items = new ArrayList<>();
            List<Row> figures = new ArrayList<>();
            for (int r = 1; r <= estimates.getLastRowNum(); r++) {
                Row row = estimates.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                boolean figure = row.getCell(0) != null && "Back-test".equals(row.getCell(0).getStringCellValue());
                (figure ? figures : items).add(row);
            }
            assertThat(items).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(5).getStringCellValue()).isIn("LOW", "MEDIUM", "HIGH");
                assertThat(row.getCell(6).getStringCellValue())
                        .matches("(explicit|similar|prior|median|default|vote).*");
                assertThat(row.getCell(4).getNumericCellValue()).isBetween(0.0, 8.0);
            });
            assertThat(figures).hasSize(7);
            assertThat(figures.get(5).getCell(1).getStringCellValue())
                    .startsWith("untimed items are estimated with: ").isEqualTo(
                            "untimed items are estimated with: " + backTest.chosen().orElseThrow());
            assertThat(figures.get(6).getCell(1).getStringCellValue()).contains("the median");
            assertThat(figures.get(1).getCell(4).getNumericCellValue())
                    .isEqualTo(Math.round(backTest.meanAbsoluteErrorHours() * 100) / 100.0);
        }
    }

    static int findRow(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text(row.getCell(0)).equals(firstCell)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + firstCell);
    }

    static List<String> sheetNames(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The table's rows below the header, down to the first empty row (a note or a chart may follow). */
    static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getPhysicalNumberOfCells() == 0) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Map<String, Cell>> rowsByFirstColumn(Sheet sheet) {
        Row header = sheet.getRow(0);
        Map<String, Map<String, Cell>> byKey = new HashMap<>();
        for (Row row : rows(sheet)) {
            Map<String, Cell> cells = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                cells.put(header.getCell(c).getStringCellValue(), row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
            }
            byKey.put(text(row.getCell(0)), cells);
        }
        return byKey;
    }

    static double number(Map<String, Cell> row, String column) {
        return row.get(column).getNumericCellValue();
    }

    static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }
}
