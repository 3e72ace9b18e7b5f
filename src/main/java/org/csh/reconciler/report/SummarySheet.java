package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.reconcile.CommunityStatus;

/**
 * The Summary sheet: one coloured row per community, a totals row, a data bar on {@code Used %} and a bar chart
 * of used, expected and contracted hours. Built as a plain XSSF sheet: streamed sheets cannot hold charts.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final List<String> HEADERS = List.of("Community", "Period start", "Period end", "Contracted hours",
            "Logged hours", "Estimated hours", "Used hours", "Expected hours", "Used %", "Status",
            "Hours in range", "Reason");
    static final String TOTAL = "Total";
    static final String CHART_TITLE = "Hours per community: used, expected and contracted";

    static final int CONTRACTED = 3;
    static final int USED = 6;
    static final int EXPECTED = 7;
    static final int USED_PERCENT = 8;
    static final int STATUS = 9;

    /** Colour of the data bar: Excel's default blue, readable under the status fills' neighbours. */
    static final byte[] DATA_BAR_RGB = {(byte) 0x63, (byte) 0x8E, (byte) 0xC6};
    private static final byte[] USED_RGB = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};
    private static final byte[] EXPECTED_RGB = {(byte) 0xA5, (byte) 0xA5, (byte) 0xA5};
    private static final byte[] CONTRACTED_RGB = {(byte) 0x26, (byte) 0x44, (byte) 0x78};
    private static final int CHART_ROWS = 22;
    private static final int CHART_COLUMNS = 9;

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, List<CommunityStatus> statuses) {
        SheetWriter sheet = new SheetWriter(workbook, styles, NAME, HEADERS, 0);
        List<CommunityStatus> rows = WorkbookWriter.byCommunity(statuses);
        for (CommunityStatus status : rows) {
            sheet.row()
                    .text(status.community())
                    .date(status.period().map(period -> period.start()))
                    .date(status.period().map(period -> period.end()))
                    .number(status.contractedHours(), styles.summaryHours)
                    .number(status.loggedHours(), styles.summaryHours)
                    .number(status.estimatedHours(), styles.summaryHours)
                    .number(status.usedHours(), styles.summaryHours)
                    .number(status.expectedHours(), styles.summaryHours)
                    // Excel users expect a fraction shown as a percentage, not the number 85
                    .number(status.usedPercent().map(percent -> percent.movePointLeft(2)), styles.percent)
                    .status(status.status())
                    .number(status.hoursInRange(), styles.summaryHours)
                    .text(status.reason(), styles.indentedText);
        }
        sheet.endTable();
        if (!rows.isEmpty()) {
            writeTotals(sheet, styles, rows);
        }
        sheet.finish();
        if (!rows.isEmpty()) {
            XSSFSheet xssf = (XSSFSheet) sheet.sheet();
            colourStatuses(xssf, rows.size());
            addDataBar(xssf, rows.size());
            addChart(xssf, rows.size(), sheet.nextRow() + 1);
        }
    }

    /** Sums computed here, as values: nothing in the workbook is a formula a reader's edit could break. */
    private static void writeTotals(SheetWriter sheet, Styles styles, List<CommunityStatus> rows) {
        sheet.row()
                .text(TOTAL, styles.totalLabel)
                .blank(styles.totalLabel)
                .blank(styles.totalLabel)
                .number(sum(rows.stream().map(CommunityStatus::contractedHours).flatMap(Optional::stream).toList()),
                        styles.totalHours)
                .number(sum(rows.stream().map(CommunityStatus::loggedHours).toList()), styles.totalHours)
                .number(sum(rows.stream().map(CommunityStatus::estimatedHours).toList()), styles.totalHours)
                .number(sum(rows.stream().map(CommunityStatus::usedHours).toList()), styles.totalHours)
                .number(sum(rows.stream().map(CommunityStatus::expectedHours).flatMap(Optional::stream).toList()),
                        styles.totalHours)
                .blank(styles.totalLabel)
                .blank(styles.totalLabel)
                .number(sum(rows.stream().map(CommunityStatus::hoursInRange).toList()), styles.totalHours)
                .blank(styles.totalLabel);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The same colours as the cells' own styles, as conditional formats: they follow a status a reader types
     * or pastes, and Excel lists them under "Manage rules".
     */
    private static void colourStatuses(XSSFSheet sheet, int rows) {
        XSSFSheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        Styles.StatusColour[] colours = Styles.StatusColour.values();
        ConditionalFormattingRule[] rules = new ConditionalFormattingRule[colours.length];
        for (int i = 0; i < colours.length; i++) {
            Styles.StatusColour colour = colours[i];
            // a literal compared with the cell: our own rule, never text from the data
            XSSFConditionalFormattingRule rule = formats.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + colour.status.name() + "\"");
            rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(colour.fill, null));
            rule.createFontFormatting().setFontColor(new XSSFColor(colour.text, null));
            rules[i] = rule;
        }
        formats.addConditionalFormatting(new CellRangeAddress[] {column(STATUS, rows)}, rules);
    }

    private static void addDataBar(XSSFSheet sheet, int rows) {
        XSSFSheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formats.createConditionalFormattingRule(new XSSFColor(DATA_BAR_RGB, null));
        XSSFDataBarFormatting bar = rule.getDataBarFormatting();
        // 0 % is an empty bar and 100 % a full one; above 100 % stays full, and the Status says EXCEEDING
        bar.getMinThreshold().setRangeType(RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
        bar.getMaxThreshold().setValue(1d);
        bar.setWidthMin(0);
        bar.setWidthMax(100);
        formats.addConditionalFormatting(new CellRangeAddress[] {column(USED_PERCENT, rows)}, rule);
    }

    private static void addChart(XSSFSheet sheet, int rows, int firstChartRow) {
        int lastColumn = Math.min(CHART_COLUMNS, HEADERS.size());
        Charts.clusteredBars(sheet, new Charts.Area(0, firstChartRow, lastColumn, firstChartRow + CHART_ROWS),
                CHART_TITLE, 1, rows, 0, List.of(
                        new Charts.Column(USED, HEADERS.get(USED), USED_RGB),
                        new Charts.Column(EXPECTED, HEADERS.get(EXPECTED), EXPECTED_RGB),
                        new Charts.Column(CONTRACTED, HEADERS.get(CONTRACTED), CONTRACTED_RGB)),
                "Hours");
    }

    private static CellRangeAddress column(int column, int rows) {
        return new CellRangeAddress(1, rows, column, column);
    }
}
