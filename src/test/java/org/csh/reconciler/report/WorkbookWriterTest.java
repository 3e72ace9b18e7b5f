package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;
import static org.csh.reconciler.report.AResult.finding;
import static org.csh.reconciler.report.AResult.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

    @TempDir
    Path reportDir;

    private final WorkbookWriter writer = new WorkbookWriter();

    @Test
    void fileIsNamedForTheRunsRange() {
        Path written = writer.write(aResult().build(), reportDir);

        assertThat(written).isEqualTo(reportDir.resolve("csh-report_2026-11-01_2026-11-25.xlsx")).isRegularFile();
    }

    @Test
    void sheetsComeInOrderWithTheirHeaders() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(aResult().build())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(headers(workbook.getSheetAt(0))).containsExactly("Community", "Period start", "Period end",
                    "Contracted hours", "Logged hours", "Estimated hours", "Used hours", "Expected hours", "Used %",
                    "Status", "Hours in range", "Reason");
            assertThat(headers(workbook.getSheetAt(1))).containsExactly("Community", "Source", "Title", "URL",
                    "State", "Completed", "Hours", "Estimated", "Estimate basis");
            assertThat(headers(workbook.getSheetAt(2))).containsExactly("Code", "Community", "URL", "Detail");
            assertThat(headers(workbook.getSheetAt(3))).containsExactly("Community", "Status", "Used hours",
                    "Contracted hours", "Expected hours", "Reason");
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Work items");
            assertThat(workbook.getSheetName(2)).isEqualTo("Findings");
            assertThat(workbook.getSheetName(3)).isEqualTo("BD flags");
            assertThat(workbook.getSheetName(4)).isEqualTo("Trend");
            assertThat(workbook.getSheetName(5)).isEqualTo("Read me");
            assertThat(workbook.getSheetName(6)).isEqualTo("Estimates");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void everySheetHasABoldFrozenHeaderAndAFilterOverItsRows() throws IOException {
        ReconcileResult result = aResult().with(community("Example University").status(Status.EXCEEDING, "Over."))
                .with(item("Call").estimated(60, "median of 3 timed items (1 h)", Estimate.Confidence.LOW))
                .with(finding(Finding.Code.NOT_SYNCED, null, "https://x.test/1", "no mirror"))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            for (Sheet sheet : tables(workbook)) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
                int lastColumn = sheet.getRow(0).getLastCellNum() - 1;
                String lastColumnLetter = org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn);
                assertThat(xssf.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + lastColumnLetter + "2");
                Cell firstHeader = sheet.getRow(0).getCell(0);
                assertThat(workbook.getFontAt(firstHeader.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }
    }

    @Test
    void summaryHoursAreNumbersShownWithOneDecimal() throws IOException {
        ReconcileResult result = aResult().with(community("Example University").logged("30.25", "2.50")).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Row row = workbook.getSheet("Summary").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Example University");
            assertNumber(row.getCell(3), 40.0, "0.0");
            assertNumber(row.getCell(4), 30.25, "0.0");
            assertNumber(row.getCell(5), 2.5, "0.0");
            assertNumber(row.getCell(6), 32.75, "0.0");
            assertNumber(row.getCell(7), 35.62, "0.0");
            assertNumber(row.getCell(10), 4.0, "0.0");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("OK");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("On track.");
        }
    }

    @Test
    void everySheetPrintsOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(aResult().build())) {
            for (Sheet sheet : tables(workbook)) {
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
                assertThat(sheet.getRepeatingRows()).hasToString(CellRangeAddress.valueOf("1:1").toString());
            }
        }
    }

    @Test
    void usedPercentIsAFractionShownAsPercent() throws IOException {
        ReconcileResult result = aResult().with(community("Example University").usedPercent("81.88")).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            assertNumber(workbook.getSheet("Summary").getRow(1).getCell(8), 0.8188, "0%");
        }
    }

    @Test
    void contractPeriodIsTwoIsoDateCells() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(aResult().with(community("Example University")).build())) {
            Row row = workbook.getSheet("Summary").getRow(1);
            assertDate(row.getCell(1), LocalDate.of(2026, 1, 1));
            assertDate(row.getCell(2), LocalDate.of(2026, 12, 31));
        }
    }

    @Test
    void aCommunityWithoutContractHasBlankContractCells() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Nowhere College").withoutContract().status(Status.NO_CONTRACT, "No contract."))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Row summary = workbook.getSheet("Summary").getRow(1);
            for (int column : new int[] {1, 2, 3, 7, 8}) {
                assertThat(summary.getCell(column).getCellType()).as("column %d", column).isEqualTo(CellType.BLANK);
            }
            Row flag = workbook.getSheet("BD flags").getRow(1);
            assertThat(flag.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(flag.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void workItemShowsItsSourceStateDateAndHours() throws IOException {
        ReconcileResult result = aResult()
                .with(item("Onboarding call").source(Source.BOTH).completedOn(LocalDate.of(2026, 11, 10))).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Row row = workbook.getSheet("Work items").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Example University");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Both");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Onboarding call");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("completed");
            assertDate(row.getCell(5), LocalDate.of(2026, 11, 10));
            assertNumber(row.getCell(6), 1.5, "0.00");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("no");
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void estimatedItemSaysYesAndGivesItsBasisWithConfidence() throws IOException {
        ReconcileResult result = aResult()
                .with(item("Call [30min]").estimated(60, "explicit: \"30min\" x 2 staff", Estimate.Confidence.LOW))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Row row = workbook.getSheet("Work items").getRow(1);
            assertNumber(row.getCell(6), 1.0, "0.00");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("yes");
            assertThat(row.getCell(8).getStringCellValue())
                    .isEqualTo("explicit: \"30min\" x 2 staff (confidence: low)");
        }
    }

    @Test
    void openItemsAreListedWithoutDateOrHours() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(aResult().with(item("Still going").open()).build())) {
            Row row = workbook.getSheet("Work items").getRow(1);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("open");
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void workItemsAreSortedByCommunityThenDateThenTitle() throws IOException {
        ReconcileResult result = aResult()
                .with(item("b later").community("Beta").completedOn(LocalDate.of(2026, 11, 9)).url("https://x.test/1"))
                .with(item("no community").community(null).url("https://x.test/2"))
                .with(item("b open").community("Beta").open().url("https://x.test/3"))
                .with(item("b second").community("Beta").completedOn(LocalDate.of(2026, 11, 2)).url("https://x.test/4"))
                .with(item("a only").community("alpha").url("https://x.test/5"))
                .with(item("b first").community("Beta").completedOn(LocalDate.of(2026, 11, 2)).url("https://x.test/6"))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            assertThat(column(workbook.getSheet("Work items"), 2))
                    .containsExactly("a only", "b first", "b second", "b later", "b open", "no community");
        }
    }

    @Test
    void urlsAreClickableLinks() throws IOException {
        ReconcileResult result = aResult().with(item("Call").url("https://github.com/org/repo/issues/7"))
                .with(finding(Finding.Code.NOT_SYNCED, "Beta", "https://github.com/org/repo/issues/8", "no mirror"))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Cell itemUrl = workbook.getSheet("Work items").getRow(1).getCell(3);
            assertThat(itemUrl.getStringCellValue()).isEqualTo("https://github.com/org/repo/issues/7");
            assertThat(itemUrl.getHyperlink().getAddress()).isEqualTo("https://github.com/org/repo/issues/7");
            assertThat(workbook.getFontAt(itemUrl.getCellStyle().getFontIndex()).getUnderline()).isNotZero();
            Cell findingUrl = workbook.getSheet("Findings").getRow(1).getCell(2);
            assertThat(findingUrl.getHyperlink().getAddress()).isEqualTo("https://github.com/org/repo/issues/8");
        }
    }

    @Test
    void addressesPastTheLinkCapStayPlainText() throws IOException {
        ReconcileResult result = aResult().with(item("first").url("https://x.test/1"))
                .with(item("second").url("https://x.test/2")).build();

        try (XSSFWorkbook workbook = open(new WorkbookWriter(1).write(result, reportDir))) {
            Sheet items = workbook.getSheet("Work items");
            assertThat(items.getRow(1).getCell(3).getHyperlink()).isNotNull();
            Cell second = items.getRow(2).getCell(3);
            assertThat(second.getStringCellValue()).isEqualTo("https://x.test/2");
            assertThat(second.getHyperlink()).isNull();
        }
    }

    @Test
    void anAddressThatIsNotHttpStaysPlainText() throws IOException {
        ReconcileResult result = aResult().with(item("Call").url("javascript:alert(1)")).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Cell url = workbook.getSheet("Work items").getRow(1).getCell(3);
            assertThat(url.getStringCellValue()).isEqualTo("javascript:alert(1)");
            assertThat(url.getHyperlink()).isNull();
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsAQuotedString() throws IOException {
        ReconcileResult result = aResult().with(item("=SUM(A1)")).with(item("plain").url("https://x.test/9")).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Sheet items = workbook.getSheet("Work items");
            Cell risky = items.getRow(1).getCell(2);
            assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
            assertThat(risky.getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(items.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void textLongerThanExcelAllowsIsCutWithAMarker() throws IOException {
        String detail = "x".repeat(40_000);
        ReconcileResult result = aResult()
                .with(finding(Finding.Code.INVALID_DATA, "Beta", "https://x.test/1", detail)).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            String written = workbook.getSheet("Findings").getRow(1).getCell(3).getStringCellValue();
            assertThat(written).hasSize(32_767).endsWith("… [truncated]").startsWith("xxxx");
        }
    }

    @Test
    void columnWidthsFollowTheTextButStayReadable() throws IOException {
        ReconcileResult result = aResult()
                .with(finding(Finding.Code.INVALID_DATA, "Beta", "https://x.test/1", "y".repeat(500))).build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Sheet findings = workbook.getSheet("Findings");
            assertThat(findings.getColumnWidth(0)).isGreaterThanOrEqualTo("INVALID_DATA".length() * 256);
            assertThat(findings.getColumnWidth(3)).isEqualTo(SheetWriter.MAX_WIDTH_CHARS * 256);
        }
    }

    @Test
    void bdFlagsListOnlyCommunitiesThatAreNotOk() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Gamma").status(Status.UNDERUSING, "Used 10% of expected."))
                .with(community("Alpha"))
                .with(community("Beta").status(Status.EXCEEDING, "Used 120%.").logged("48", "0"))
                .build();

        try (XSSFWorkbook workbook = writeAndOpen(result)) {
            Sheet flags = workbook.getSheet("BD flags");
            assertThat(column(flags, 0)).containsExactly("Beta", "Gamma");
            Row beta = flags.getRow(1);
            assertThat(beta.getCell(1).getStringCellValue()).isEqualTo("EXCEEDING");
            assertNumber(beta.getCell(2), 48.0, "0.0");
            assertNumber(beta.getCell(3), 40.0, "0.0");
            assertNumber(beta.getCell(4), 35.62, "0.0");
            assertThat(beta.getCell(5).getStringCellValue()).isEqualTo("Used 120%.");
            assertThat(column(workbook.getSheet("Summary"), 0)).containsExactly("Beta", "Gamma", "Alpha", "Total");
        }
    }

    @Test
    void rewritingTheSameRangeReplacesTheReportAndLeavesNoTemporaryFile() throws IOException {
        writer.write(aResult().with(community("Old")).build(), reportDir);

        writer.write(aResult().with(community("New")).build(), reportDir);

        try (XSSFWorkbook workbook = open(reportDir.resolve(WorkbookWriter.fileName(AResult.FROM, AResult.TO)))) {
            assertThat(column(workbook.getSheet("Summary"), 0)).containsExactly("New", "Total");
        }
        assertThat(filesIn(reportDir)).containsExactly("csh-report_2026-11-01_2026-11-25.xlsx");
    }

    @Test
    void aMissingReportDirectoryIsCreated() {
        Path nested = reportDir.resolve("reports/nightly");

        Path written = writer.write(aResult().build(), nested);

        assertThat(written).isRegularFile().hasParent(nested);
    }

    @Test
    void aFailedWriteKeepsThePreviousReportAndLeavesNoTemporaryFile() throws IOException {
        Path previous = writer.write(aResult().with(community("Old")).build(), reportDir);
        byte[] before = Files.readAllBytes(previous);
        ReconcileResult broken = aResult().with(item("no source").source(null)).build();

        assertThatThrownBy(() -> writer.write(broken, reportDir)).isInstanceOf(NullPointerException.class);

        assertThat(Files.readAllBytes(previous)).isEqualTo(before);
        assertThat(filesIn(reportDir)).containsExactly("csh-report_2026-11-01_2026-11-25.xlsx");
    }

    XSSFWorkbook writeAndOpen(ReconcileResult result) throws IOException {
        return open(writer.write(result, reportDir));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The sheets that are tables with a header row; Read me is a page of text. */
    static List<Sheet> tables(XSSFWorkbook workbook) {
        List<Sheet> tables = new ArrayList<>();
        workbook.forEach(sheet -> {
            if (!sheet.getSheetName().equals("Read me")) {
                tables.add(sheet);
            }
        });
        return tables;
    }

    static void assertDate(Cell cell, LocalDate date) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
    }

    static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The column's text down to the table's end, the first empty row (a note or a chart may follow). */
    static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 1; row <= sheet.getLastRowNum() && sheet.getRow(row) != null
                && sheet.getRow(row).getPhysicalNumberOfCells() > 0; row++) {
            if (sheet.getRow(row).getCell(column) == null) {
                continue;
            }
            values.add(sheet.getRow(row).getCell(column).getStringCellValue());
        }
        return values;
    }

    static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }
}
