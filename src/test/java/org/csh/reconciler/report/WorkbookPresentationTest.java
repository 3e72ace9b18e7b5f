package org.csh.reconciler.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.report.AResult.aResult;
import static org.csh.reconciler.report.AResult.community;
import static org.csh.reconciler.report.WorkbookWriterTest.assertNumber;
import static org.csh.reconciler.report.WorkbookWriterTest.column;
import static org.csh.reconciler.report.WorkbookWriterTest.open;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.contract.Recurrence;
import org.csh.reconciler.store.StatusSnapshot;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.junit.jupiter.api.io.TempDir;

/** What BD see without reading rows: colours, data bars, totals, charts, the trend and the read-me. */
class WorkbookPresentationTest {

    private static final Instant GENERATED = Instant.parse("2026-11-25T06:30:00Z");

    @TempDir
    Path reportDir;

    private final WorkbookWriter writer = new WorkbookWriter();

    private static ReconcileResult fourStatuses() {
        return aResult()
                .with(community("Alpha"))
                .with(community("Beta").status(Status.EXCEEDING, "Over.").logged("48", "0"))
                .with(community("Gamma").status(Status.UNDERUSING, "Under.").logged("2", "0.5"))
                .with(community("Delta").withoutContract().status(Status.NO_CONTRACT, "No contract.").logged("3", "0"))
                .build();
    }

    @Test
    void eachStatusCellIsFilledInItsColour() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(fillOf(statusCell(summary, "Alpha"))).isEqualTo("C6EFCE");
            assertThat(fillOf(statusCell(summary, "Beta"))).isEqualTo("FFC7CE");
            assertThat(fillOf(statusCell(summary, "Gamma"))).isEqualTo("FFEB9C");
            assertThat(fillOf(statusCell(summary, "Delta"))).isEqualTo("D9D9D9");
        }
    }

    @Test
    void statusColumnCarriesOneConditionalColourPerStatus() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            XSSFSheetConditionalFormatting formats = workbook.getSheet("Summary").getSheetConditionalFormatting();
            XSSFConditionalFormatting statusFormat = formatting(formats, "J2:J5");
            List<String> rules = new ArrayList<>();
            for (int i = 0; i < statusFormat.getNumberOfRules(); i++) {
                XSSFConditionalFormattingRule rule = statusFormat.getRule(i);
                assertThat(rule.getConditionType()).isEqualTo(ConditionType.CELL_VALUE_IS);
                rules.add(rule.getFormula1());
                String fill = ((org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting()
                        .getFillBackgroundColorColor()).getARGBHex().substring(2);
                assertThat(fill).isEqualTo(Styles.StatusColour.valueOf(rule.getFormula1().replace("\"", ""))
                        .fillHex());
            }
            assertThat(rules).containsExactlyInAnyOrder("\"EXCEEDING\"", "\"UNDERUSING\"", "\"NO_CONTRACT\"",
                    "\"OK\"");
        }
    }

    @Test
    void usedPercentHasADataBarFromNoneToAll() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            XSSFSheetConditionalFormatting formats = workbook.getSheet("Summary").getSheetConditionalFormatting();
            XSSFConditionalFormattingRule rule = formatting(formats, "I2:I5").getRule(0);
            assertThat(rule.getConditionType()).isEqualTo(ConditionType.DATA_BAR);
            assertThat(rule.getDataBarFormatting().getMinThreshold().getRangeType()).isEqualTo(RangeType.NUMBER);
            assertThat(rule.getDataBarFormatting().getMinThreshold().getValue()).isEqualTo(0d);
            assertThat(rule.getDataBarFormatting().getMaxThreshold().getValue()).isEqualTo(1d);
        }
    }

    @Test
    void totalsRowSumsTheHoursAsNumbersBelowTheFilteredTable() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            Row total = summary.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertNumber(total.getCell(3), 120.0, "0.0");         // three contracts of 40
            assertNumber(total.getCell(4), 30.25 + 48 + 2 + 3, "0.0");
            assertNumber(total.getCell(5), 2.5 + 0 + 0.5 + 0, "0.0");
            assertNumber(total.getCell(6), 32.75 + 48 + 2.5 + 3, "0.0");
            assertNumber(total.getCell(7), 106.86, "0.0"); // exact: summed as decimals
            assertNumber(total.getCell(10), 16.0, "0.0");
            for (Cell cell : total) {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            }
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L5");
        }
    }

    @Test
    void summaryListsFlaggedCommunitiesFirstExceedingUnderusingNoContractThenOk() throws IOException {
        ReconcileResult result = aResult()
                .with(community("Alpha"))
                .with(community("Beta").status(Status.EXCEEDING, "Over."))
                .with(community("Gamma").status(Status.UNDERUSING, "Under."))
                .with(community("Delta").withoutContract().status(Status.NO_CONTRACT, "No contract."))
                .with(community("Aaron"))
                .with(community("Zeta").status(Status.EXCEEDING, "Over."))
                .build();

        try (XSSFWorkbook workbook = write(result, ReportContext.at(GENERATED))) {
            assertThat(column(workbook.getSheet("Summary"), 0))
                    .containsExactly("Beta", "Zeta", "Gamma", "Delta", "Aaron", "Alpha", "Total");
            assertThat(column(workbook.getSheet("BD flags"), 0)).containsExactly("Beta", "Zeta", "Gamma", "Delta");
        }
    }

    @Test
    void summaryChartShowsUsedBarsInTheirStatusColourBesideTheContractedOutlineAndExpectedDashes()
            throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            List<XSSFChart> charts = workbook.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            List<XDDFChartData> data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(2);
            XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$2:$A$5");
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Summary!$G$2:$G$5");
            assertThat(bars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Summary!$D$2:$D$5");
            // rows are Beta, Gamma, Delta, Alpha: exceeding red, underusing amber, no contract grey, OK green
            CTBarSer used = ((XDDFBarChartData.Series) bars.getSeries(0)).getCTBarSer();
            List<String> colours = new ArrayList<>();
            for (int i = 0; i < used.sizeOfDPtArray(); i++) {
                colours.add(hex(used.getDPtArray(i).getSpPr().getSolidFill().getSrgbClr().getVal()));
            }
            assertThat(colours).containsExactly("C00000", "FFC000", "A5A5A5", "70AD47");
            CTBarSer contracted = ((XDDFBarChartData.Series) bars.getSeries(1)).getCTBarSer();
            assertThat(contracted.getSpPr().isSetNoFill()).as("contracted hours are an outline").isTrue();
            XDDFChartData dashes = data.get(1);
            assertThat(dashes).isInstanceOf(XDDFLineChartData.class);
            assertThat(dashes.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Summary!$H$2:$H$5");
            assertThat(row(workbook.getSheet("Summary"), SummarySheet.chartNote(4, AResult.TO)))
                    .as("a sentence says what the colours, the outline and the dash mean").isNotNull();
        }
    }

    @Test
    void summaryChartOfManyCommunitiesShowsTheFirstThirtyFlaggedFirst() throws IOException {
        AResult many = aResult();
        for (int c = 0; c < 40; c++) {
            addCommunity(many, c);
        }

        try (XSSFWorkbook workbook = write(many.build(), ReportContext.at(GENERATED))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XDDFChartData bars = summary.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$2:$A$31");
            assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(SummarySheet.MAX_CHARTED);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Community 05");
            assertThat(row(summary, SummarySheet.chartNote(40, AResult.TO)).getCell(0).getStringCellValue())
                    .endsWith("It shows the first 30 of 40 communities, flagged ones first.");
        }
    }

    private static void addCommunity(AResult result, int c) {
        String name = String.format("Community %02d", c);
        result.with(c % 5 == 0 && c > 0 ? community(name).status(Status.EXCEEDING, "Over.") : community(name));
    }

    @Test
    void trendRowsAreInDateOrderWhateverOrderTheRunsCameIn() throws IOException {
        // runs completed for 11-30, then 09-30, then 06-15: a rerun of older ranges
        List<StatusSnapshot> history = List.of(snapshot("2026-11-30", "Alpha", "60.00"),
                snapshot("2026-09-30", "Alpha", "40.00"), snapshot("2026-06-15", "Alpha", "20.00"));
        ReconcileResult result = aResult().with(community("Alpha").usedPercent("50.00")).build();

        try (XSSFWorkbook workbook = write(result, context(history, 12))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(asOf(trend)).containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 30), AResult.TO,
                    LocalDate.of(2026, 11, 30));
            assertNumber(trend.getRow(1).getCell(2), 0.20, "0%");
            assertNumber(trend.getRow(3).getCell(2), 0.50, "0%");
        }
    }

    @Test
    void trendChartLabelsEachRunWithItsDate() throws IOException {
        List<StatusSnapshot> history = List.of(snapshot("2026-09-30", "Alpha", "40.00"));
        ReconcileResult result = aResult().with(community("Alpha").usedPercent("50.00")).build();

        try (XSSFWorkbook workbook = write(result, context(history, 12))) {
            XSSFChart chart = workbook.getSheet("Trend").getDrawingPatriarch().getCharts().get(0);
            XDDFCategoryAxis time = (XDDFCategoryAxis) chart.getAxes().stream()
                    .filter(XDDFCategoryAxis.class::isInstance).findFirst().orElseThrow();
            assertThat(time.getNumberFormat()).isEqualTo("yyyy-mm-dd");
            XDDFChartData.Series line = chart.getChartSeries().get(0).getSeries(0);
            assertThat(line.getCategoryData().getDataRangeReference()).isEqualTo("Trend!$A$2:$A$3");
            assertThat(line.getCategoryData().isNumeric()).as("dates as numbers, not labels 1…n").isTrue();
            assertThat(Double.parseDouble(String.valueOf(line.getCategoryData().getPointAt(0))))
                    .isEqualTo(DateUtil.getExcelDate(LocalDate.of(2026, 9, 30)));
        }
    }

    @Test
    void afterOneRunTheTrendSaysSoInsteadOfDrawingOnePoint() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(trend.getDrawingPatriarch() == null || trend.getDrawingPatriarch().getCharts().isEmpty())
                    .isTrue();
            assertThat(row(trend, TrendSheet.ONE_RUN)).isNotNull();
        }
    }

    @Test
    void trendChartDrawsAtMostTenLinesThoseFlaggedNowFirst() throws IOException {
        List<StatusSnapshot> history = new ArrayList<>();
        AResult result = aResult();
        for (int c = 0; c < 12; c++) {
            String name = String.format("Community %02d", c);
            history.add(snapshot("2026-10-31", name, "40.00"));
            result.with(c == 11 ? community(name).usedPercent("130.00").status(Status.EXCEEDING, "Over.")
                    : community(name).usedPercent("50.00"));
        }

        try (XSSFWorkbook workbook = write(result.build(), context(history, 12))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            XDDFChartData lines = trend.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertThat(lines.getSeriesCount()).isEqualTo(Trend.MAX_LINES);
            // the flagged community's column is the last, N; it still gets the first line
            assertThat(lines.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Trend!$N$2:$N$3");
            assertThat(WorkbookWriterTest.headers(trend)).hasSize(14);
        }
    }

    @Test
    void trendShowsEarlierRunsThenThisOneWithALineChartPerCommunity() throws IOException {
        List<StatusSnapshot> history = List.of(
                snapshot("2026-11-23", "Alpha", "40.00"), snapshot("2026-11-23", "Beta", "90.00"),
                snapshot("2026-11-24", "Alpha", "45.00"), snapshot("2026-11-24", "Beta", "110.00"));
        ReconcileResult result = aResult().with(community("Alpha").usedPercent("50.00"))
                .with(community("Beta").usedPercent("120.00")).build();

        try (XSSFWorkbook workbook = write(result, context(history, 12))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(WorkbookWriterTest.headers(trend)).containsExactly("As of", "Range from", "Alpha", "Beta");
            assertThat(asOf(trend)).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), AResult.TO);
            assertNumber(trend.getRow(1).getCell(2), 0.40, "0%");
            assertNumber(trend.getRow(3).getCell(3), 1.20, "0%");
            XSSFChart chart = trend.getDrawingPatriarch().getCharts().get(0);
            XDDFChartData lines = chart.getChartSeries().get(0);
            assertThat(lines).isInstanceOf(XDDFLineChartData.class);
            assertThat(lines.getSeriesCount()).isEqualTo(2);
            assertThat(lines.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("Trend!$D$2:$D$4");
        }
    }

    @Test
    void trendKeepsTheLastRunsAndLetsThisRunReplaceAnEarlierRunOfItsRange() throws IOException {
        List<StatusSnapshot> history = List.of(
                snapshot("2026-11-22", "Alpha", "30.00"), snapshot("2026-11-23", "Alpha", "40.00"),
                snapshot("2026-11-24", "Alpha", "45.00"), snapshot("2026-11-25", "Alpha", "99.00"));
        ReconcileResult result = aResult().with(community("Alpha").usedPercent("50.00")).build();

        try (XSSFWorkbook workbook = write(result, context(history, 3))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(asOf(trend)).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), AResult.TO);
            assertNumber(trend.getRow(3).getCell(2), 0.50, "0%");
        }
    }

    @Test
    void withoutHistoryTheTrendShowsThisRunAlone() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            XSSFSheet trend = workbook.getSheet("Trend");
            assertThat(asOf(trend)).containsExactly(AResult.TO);
            // Delta has no contract, so no Used %, and no line
            assertThat(WorkbookWriterTest.headers(trend)).containsExactly("As of", "Range from", "Alpha", "Beta",
                    "Gamma");
        }
    }

    @Test
    void readMeStatesTheRunItsSourcesRulesContractsAndGlossary() throws IOException {
        Community alpha = new Community("Alpha", List.of(), List.of(
                new Contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("40"), Recurrence.QUARTER)));
        ReportContext context = new ReportContext(GENERATED, ZoneId.of("Europe/Berlin"),
                List.of(new ReportContext.SourceCount("GitHub issues", 120, "labelled CSH in acme/support"),
                        new ReportContext.SourceCount("Asana items", 80, "portfolio 42")),
                Optional.of(new ReportContext.Thresholds(new BigDecimal("1.1"), new BigDecimal("0.4"))),
                List.of(alpha), List.of(), 12);

        try (XSSFWorkbook workbook = write(fourStatuses(), context)) {
            Sheet readMe = workbook.getSheet("Read me");
            assertThat(line(readMe, "From")).containsExactly("From", "2026-11-01", "first day counted in \"Hours in range\"");
            assertThat(line(readMe, "To").get(1)).isEqualTo("2026-11-25");
            Cell generated = row(readMe, "Generated").getCell(1);
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 25, 7, 30));
            assertThat(line(readMe, "Generated").get(2)).contains("Europe/Berlin");
            assertThat(line(readMe, "GitHub issues")).containsExactly("GitHub issues", "120", "labelled CSH in acme/support");
            assertThat(line(readMe, "Asana items").subList(0, 2)).containsExactly("Asana items", "80");
            assertThat(line(readMe, "csh.flags.over-ratio").get(1)).isEqualTo("1.1");
            assertThat(line(readMe, "csh.flags.under-ratio").get(1)).isEqualTo("0.4");
            assertThat(line(readMe, "Alpha")).containsExactly("Alpha", "40",
                    "2026-01-01 to 2026-12-31, each quarter; in force on 2026-11-25");
            for (Status status : Status.values()) {
                assertThat(fillOf(row(readMe, status.name()).getCell(0)))
                        .isEqualTo(Styles.StatusColour.of(status).fillHex());
            }
            for (Finding.Code code : Finding.Code.values()) {
                assertThat(line(readMe, code.name()).get(2)).as(code.name()).isNotBlank();
            }
            assertThat(line(readMe, "MISSING_TIME").get(2)).isEqualTo("completed with no hours; an estimate was used");
            for (Sheet sheet : workbook) {
                assertThat(line(readMe, sheet.getSheetName()).get(2)).as("every sheet is explained")
                        .isNotBlank();
            }
        }
    }

    @Test
    void sheetsComeInSpecOrderThenTrendAndReadMe() throws IOException {
        try (XSSFWorkbook workbook = write(fourStatuses(), ReportContext.at(GENERATED))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Summary", "Work items", "Findings", "BD flags", "Trend", "Read me", "Estimates");
            assertThat(column(workbook.getSheet("BD flags"), 1)).containsExactly("EXCEEDING", "UNDERUSING",
                    "NO_CONTRACT");
            assertThat(fillOf(workbook.getSheet("BD flags").getRow(1).getCell(1))).isEqualTo("FFC7CE");
        }
    }

    private XSSFWorkbook write(ReconcileResult result, ReportContext context) throws IOException {
        return open(writer.write(result, context, reportDir));
    }

    private static ReportContext context(List<StatusSnapshot> history, int runs) {
        return new ReportContext(GENERATED, ZoneId.of("UTC"), List.of(), Optional.empty(), List.of(), history, runs);
    }

    private static StatusSnapshot snapshot(String to, String community, String usedPercent) {
        LocalDate day = LocalDate.parse(to);
        return new StatusSnapshot(day.withDayOfMonth(1), day, day.atTime(6, 0).toInstant(java.time.ZoneOffset.UTC),
                community, Status.OK, new BigDecimal("10.00"), Optional.of(new BigDecimal("40.00")),
                Optional.of(new BigDecimal("20.00")), Optional.of(new BigDecimal(usedPercent)),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 12, 31)));
    }

    private static List<LocalDate> asOf(Sheet trend) {
        List<LocalDate> dates = new ArrayList<>();
        // the table ends at the first empty row; a note may follow
        for (int r = 1; trend.getRow(r) != null && trend.getRow(r).getCell(0) != null; r++) {
            dates.add(trend.getRow(r).getCell(0).getLocalDateTimeCellValue().toLocalDate());
        }
        return dates;
    }

    private static XSSFConditionalFormatting formatting(XSSFSheetConditionalFormatting formats, String range) {
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            if (format.getFormattingRanges()[0].formatAsString().equals(range)) {
                return format;
            }
        }
        throw new AssertionError("no conditional format on " + range);
    }

    private static String hex(byte[] rgb) {
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    private static Cell statusCell(Sheet summary, String community) {
        return row(summary, community).getCell(SummarySheet.STATUS);
    }

    private static String fillOf(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor().getARGBHex().substring(2);
    }

    private static Row row(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
    }

    private static List<String> line(Sheet sheet, String firstCell) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        Row row = row(sheet, firstCell);
        for (int c = 0; c < 3; c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
