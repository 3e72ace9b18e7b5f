package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;
import static org.csh.reconciler.report.AResult.item;
import static org.csh.reconciler.report.WorkbookWriterTest.open;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workbook reads on paper or as a PDF: orientation, fit, repeated headers, footers and wrapped text. */
class WorkbookPrintTest {

    private static final String LONG_BASIS = "similar: #812, #790, #733 and #701, all onboarding sessions of about "
            + "the same length (median 1.5 h)";

    @TempDir
    Path reportDir;

    private static ReconcileResult aWideResult() {
        AResult result = aResult()
                .with(community("Alpha"))
                .with(community("Beta").status(Status.EXCEEDING, "used 48.0 h of 40.0 h contracted for 2026-01-01 – "
                        + "2026-12-31 (120 %)").logged("48", "0"));
        for (int n = 0; n < 120; n++) {
            result.with(item("Onboarding session " + n + " for the new research computing staff of the department")
                    .community("Alpha").url("https://github.com/example-org/partnerships/issues/" + (1000 + n))
                    .estimated(90, LONG_BASIS, Estimate.Confidence.LOW));
        }
        return result.build();
    }

    @Test
    void everySheetPrintsLandscapeWithThePageNumberAndTheRangeInTheFooter() throws IOException {
        try (XSSFWorkbook workbook = write(aWideResult())) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName())
                        .isEqualTo("CSH report 2026-11-01 to 2026-11-25");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("&A");
                assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            }
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = write(aWideResult())) {
            for (String name : new String[] {"Summary", "Work items", "Findings", "BD flags", "Trend", "Estimates"}) {
                assertThat(workbook.getSheet(name).getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
            }
        }
    }

    @Test
    void narrowSheetsFitOnePageWideAndWideOnesSpreadAcrossAtALegibleSize() throws IOException {
        try (XSSFWorkbook workbook = write(aWideResult())) {
            for (String name : new String[] {"Summary", "BD flags", "Read me"}) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name + ": as many pages long as needed")
                        .isEqualTo((short) 0);
            }
            // long titles, addresses and estimate bases: one page wide would print at half size or less
            Sheet items = workbook.getSheet("Work items");
            assertThat(items.getPrintSetup().getFitWidth()).isGreaterThan((short) 1);
            assertThat(items.getPrintSetup().getLeftToRight()).as("the pages of the same rows follow each other")
                    .isTrue();
            assertThat(printedScale(items)).isGreaterThanOrEqualTo(PageLayout.SMALLEST_FITTED_SCALE);
        }
    }

    @Test
    void longTextWrapsInARowTallEnoughToShowIt() throws IOException {
        try (XSSFWorkbook workbook = write(aWideResult())) {
            Sheet estimates = workbook.getSheet("Estimates");
            Cell basis = estimates.getRow(1).getCell(6);
            assertThat(basis.getStringCellValue()).isEqualTo(LONG_BASIS);
            assertThat(basis.getCellStyle().getWrapText()).isTrue();
            assertThat(estimates.getColumnWidth(6)).isEqualTo(SheetWriter.MAX_WIDTH_CHARS * 256);
            assertThat(estimates.getRow(1).getHeightInPoints()).isEqualTo(2 * SheetWriter.LINE_POINTS);
            Row header = workbook.getSheet("Summary").getRow(0);
            assertThat(header.getCell(3).getCellStyle().getWrapText()).as("Contracted hours on two lines").isTrue();
            assertThat(header.getHeightInPoints()).isEqualTo(2 * SheetWriter.LINE_POINTS);
        }
    }

    @Test
    void textRightOfANumberIsIndentedSoTheTwoDoNotRunTogether() throws IOException {
        try (XSSFWorkbook workbook = write(aWideResult())) {
            Row beta = workbook.getSheet("Summary").getRow(1);
            assertThat(beta.getCell(0).getStringCellValue()).isEqualTo("Beta");
            assertIndented(beta.getCell(SummarySheet.HEADERS.indexOf("Reason")).getCellStyle());
            assertIndented(workbook.getSheet("BD flags").getRow(1).getCell(5).getCellStyle());
            assertIndented(workbook.getSheet("Work items").getRow(1).getCell(7).getCellStyle()); // Estimated
        }
    }

    @Test
    void pagesAcrossAreTheFewestThatKeepThePrintLegible() {
        assertThat(PageLayout.pagesAcross(new int[] {30, 10, 10, 50})).isEqualTo(1);
        int[] wide = new int[12];
        java.util.Arrays.fill(wide, 40);
        int pages = PageLayout.pagesAcross(wide);
        assertThat(pages).isEqualTo(3);
        assertThat((double) pages * PageLayout.PRINTABLE_WIDTH_PIXELS / PageLayout.pixels(wide))
                .isGreaterThanOrEqualTo(PageLayout.SMALLEST_FITTED_SCALE);
    }

    @Test
    void headersWrapAtTheSpaceThatLeavesTheNarrowestColumn() {
        assertThat(SheetWriter.twoLineWidth("Contracted hours")).isEqualTo("Contracted".length());
        assertThat(SheetWriter.twoLineWidth("Hours in range")).isEqualTo("in range".length());
        assertThat(SheetWriter.twoLineWidth("Community")).isEqualTo("Community".length());
    }

    private static void assertIndented(CellStyle style) {
        assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
        assertThat(style.getIndention()).isEqualTo((short) 1);
    }

    /** The scale the fit gives: pages across × printable width ÷ the columns' width. */
    private static double printedScale(Sheet sheet) {
        int[] widths = new int[sheet.getRow(0).getLastCellNum()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = sheet.getColumnWidth(column) / 256;
        }
        return Math.min(1, (double) sheet.getPrintSetup().getFitWidth() * PageLayout.PRINTABLE_WIDTH_PIXELS
                / PageLayout.pixels(widths));
    }

    private XSSFWorkbook write(ReconcileResult result) throws IOException {
        return open(new WorkbookWriter().write(result, ReportContext.at(Instant.parse("2026-11-25T06:30:00Z")),
                reportDir));
    }
}
