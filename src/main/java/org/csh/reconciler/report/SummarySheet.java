package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * The Summary sheet: one coloured row per community, flagged ones first, a totals row, a data bar on
 * {@code Used %} and a chart of used hours against contracted and expected hours.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final List<String> HEADERS = List.of("Community", "Period start", "Period end", "Contracted hours",
            "Logged hours", "Estimated hours", "Used hours", "Expected hours", "Used %", "Status",
            "Hours in range", "Reason");
    static final String TOTAL = "Total";
    static final String CHART_TITLE = "Used hours against the contract, per community";
    /**
     * A chart of more bars than this is a grey wall; flagged communities come first, so those are the ones shown,
     * and every community stays in the table.
     */
    static final int MAX_CHARTED = 30;

    static final int CONTRACTED = 3;
    static final int USED = 6;
    static final int EXPECTED = 7;
    static final int USED_PERCENT = 8;
    static final int STATUS = 9;

    /** Colour of the data bar: Excel's default blue, readable under the status fills' neighbours. */
    static final byte[] DATA_BAR_RGB = {(byte) 0x63, (byte) 0x8E, (byte) 0xC6};
    private static final byte[] CONTRACTED_RGB = {(byte) 0x26, (byte) 0x44, (byte) 0x78};
    private static final byte[] EXPECTED_RGB = {0, 0, 0};
    private static final int CHART_ROWS = 22;
    private static final int CHART_COLUMNS = 10;

    private SummarySheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, ReconcileResult result) {
        SheetWriter sheet = new SheetWriter(workbook, styles, NAME, HEADERS, 0);
        List<CommunityStatus> rows = WorkbookWriter.flaggedFirst(result.communities());
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
        if (rows.isEmpty()) {
            return;
        }
        // conditional formats and charts live beside the rows, in the sheet that SXSSF streams them into
        XSSFSheet xssf = workbook.getXSSFWorkbook().getSheet(NAME);
        colourStatuses(xssf, rows.size());
        addDataBar(xssf, rows.size());
        sheet.row();
        sheet.note(chartNote(rows.size(), result.to()), CHART_COLUMNS + 1);
        addChart(xssf, rows.subList(0, Math.min(rows.size(), MAX_CHARTED)), sheet.nextRow());
    }

    /** What the chart's marks mean, in words, since a legend cannot say it for colours of single bars. */
    static String chartNote(int communities, LocalDate to) {
        StringBuilder note = new StringBuilder("Chart: bars are used hours, ");
        Styles.StatusColour[] colours = Styles.StatusColour.values();
        for (int i = 0; i < colours.length; i++) {
            note.append(colours[i].barName).append(" when ").append(colours[i].status.name())
                    .append(i < colours.length - 1 ? ", " : "; ");
        }
        note.append("the blue outline beside each is the contracted hours, the black dash the hours expected by ")
                .append(to).append('.');
        if (communities > MAX_CHARTED) {
            note.append(" It shows the first ").append(MAX_CHARTED).append(" of ").append(communities)
                    .append(" communities, flagged ones first.");
        }
        return note.toString();
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

    private static void addChart(XSSFSheet sheet, List<CommunityStatus> charted, int firstChartRow) {
        int n = charted.size();
        String[] names = new String[n];
        Double[] used = new Double[n];
        Double[] contracted = new Double[n];
        Double[] expected = new Double[n];
        byte[][] colours = new byte[n][];
        for (int i = 0; i < n; i++) {
            CommunityStatus status = charted.get(i);
            names[i] = status.community();
            used[i] = status.usedHours().doubleValue();
            contracted[i] = status.contractedHours().map(BigDecimal::doubleValue).orElse(null);
            expected[i] = status.expectedHours().map(BigDecimal::doubleValue).orElse(null);
            colours[i] = Styles.StatusColour.of(status.status()).bar;
        }
        Charts.usedAgainstContract(sheet, new Charts.Area(0, firstChartRow, CHART_COLUMNS, firstChartRow + CHART_ROWS),
                CHART_TITLE, cells(0, n), names,
                new Charts.Series(HEADERS.get(USED), cells(USED, n), used, Styles.StatusColour.OK.bar), colours,
                new Charts.Series(HEADERS.get(CONTRACTED), cells(CONTRACTED, n), contracted, CONTRACTED_RGB),
                new Charts.Series(HEADERS.get(EXPECTED), cells(EXPECTED, n), expected, EXPECTED_RGB),
                "Hours");
    }

    private static Charts.Cells cells(int column, int rows) {
        return new Charts.Cells(NAME, column, 1, rows);
    }

    private static CellRangeAddress column(int column, int rows) {
        return new CellRangeAddress(1, rows, column, column);
    }
}
