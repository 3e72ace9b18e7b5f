package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;
import static org.csh.reconciler.report.AResult.finding;
import static org.csh.reconciler.report.AResult.item;
import static org.csh.reconciler.report.WorkbookWriterTest.open;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementWriterTest {

    @TempDir
    Path reportDir;

    private final StatementWriter writer = new StatementWriter();

    /** Example University: 40 h for 2026; two delivered items this period, one last year, one open; Beta too. */
    private static ReconcileResult result() {
        return aResult()
                .with(community("Example University"))
                .with(community("Beta"))
                .with(item("Onboarding call").completedOn(LocalDate.of(2026, 3, 2))
                        .url("https://github.com/org/internal/issues/1"))
                .with(item("Workshop [2h]").source(Source.ASANA).completedOn(LocalDate.of(2026, 11, 10))
                        .url("https://app.asana.com/0/1/2").estimated(120, "explicit: \"2h\"", Estimate.Confidence.HIGH))
                .with(item("Last year's call").completedOn(LocalDate.of(2025, 12, 20)).url("https://x.test/3"))
                .with(item("Still going").open().url("https://x.test/4"))
                .with(item("Beta's secret").community("Beta").url("https://x.test/5"))
                .with(finding(Finding.Code.MISSING_TIME, "Example University", "https://app.asana.com/0/1/2",
                        "no hours; internal note"))
                .build();
    }

    @Test
    void fileIsNamedForTheCommunityAndRange() {
        Path written = writer.write(result(), "Example University", reportDir);

        assertThat(written.getFileName().toString()).isEqualTo("statement_example-university_2026-11-01_2026-11-25.xlsx");
        assertThat(StatementWriter.slug("Université Côte d'Azur")).isEqualTo("universite-cote-d-azur");
    }

    @Test
    void listsOnlyTheCommunitysDeliveredWorkOfTheContractPeriodInDateOrder() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(result(), "Example University", reportDir))) {
            List<List<String>> items = itemRows(workbook.getSheet("Statement"));
            assertThat(items).containsExactly(
                    List.of("2026-03-02", "Onboarding call", "1.50", ""),
                    List.of("2026-11-10", "Workshop [2h]", "2.00", "estimated"));
        }
    }

    @Test
    void totalsAreSetAgainstTheContract() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(result(), "Example University", reportDir))) {
            Sheet sheet = workbook.getSheet("Statement");
            assertThat(value(sheet, "Community")).isEqualTo("Example University");
            assertThat(value(sheet, "Contract period from")).isEqualTo("2026-01-01");
            assertThat(value(sheet, "Contract period to")).isEqualTo("2026-12-31");
            assertThat(value(sheet, "Statement as of")).isEqualTo("2026-11-25");
            // the community's figures with one decimal, as on the Summary; its items keep two
            assertThat(value(sheet, "Contracted hours")).isEqualTo("40.0");
            assertThat(value(sheet, "Hours delivered")).isEqualTo("3.5");
            assertThat(value(sheet, "of which estimated")).isEqualTo("2.0");
            assertThat(value(sheet, "Hours remaining")).isEqualTo("36.5");
            assertThat(value(sheet, "Used %")).isEqualTo("9%");
            Row total = row(sheet, "Total");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3.5);
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        }
    }

    @Test
    void isSafeToSendOutside() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(result(), "Example University", reportDir))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("Statement");
            String everything = allText(workbook);
            assertThat(everything).doesNotContain("http", "asana.com", "github.com", "Beta", "Last year",
                    "Still going", "MISSING_TIME", "internal note", "explicit", "confidence");
            assertThat(workbook.getSheetAt(0).getHyperlinkList()).isEmpty();
        }
    }

    private static List<List<String>> itemRows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        int header = row(sheet, "Completed").getRowNum();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (formatter.formatCellValue(row.getCell(0)).equals("Total")) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                cells.add(formatter.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String value(Sheet sheet, String label) {
        return new DataFormatter().formatCellValue(row(sheet, label).getCell(1));
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String allText(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\n');
                }
            }
        }
        return text.toString();
    }
}
