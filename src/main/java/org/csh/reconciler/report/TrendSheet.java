package org.csh.reconciler.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Trend sheet: {@code Used %} per community over the last completed runs, one row per run in date order and
 * one column per community, with a line chart over time once there are two runs to compare.
 */
final class TrendSheet {

    static final String NAME = "Trend";
    static final String AS_OF = "As of";
    static final String FROM = "Range from";
    static final String CHART_TITLE = "Used % per community over time";
    static final String ONE_RUN = "One run so far: the chart of Used % over time appears once a second run has "
            + "completed.";
    private static final int FIRST_COMMUNITY_COLUMN = 2;
    /** Excel's last column; an organisation with more communities gets the first ones and a note. */
    static final int MAX_COMMUNITIES = SpreadsheetVersion.EXCEL2007.getMaxColumns() - FIRST_COMMUNITY_COLUMN;
    private static final int CHART_ROWS = 22;
    private static final int CHART_COLUMNS = 10;

    /** Office's default chart colours, set on each line because not every viewer applies them itself. */
    private static final byte[][] PALETTE = {rgb(0x4472C4), rgb(0xED7D31), rgb(0xA5A5A5), rgb(0xFFC000),
            rgb(0x5B9BD5), rgb(0x70AD47), rgb(0x264478), rgb(0x9E480E), rgb(0x636363), rgb(0x997300)};

    private static byte[] rgb(int value) {
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private TrendSheet() {
    }

    static void write(SXSSFWorkbook workbook, Styles styles, Trend trend) {
        List<String> communities = trend.communities().subList(0, Math.min(trend.communities().size(), MAX_COMMUNITIES));
        List<String> headers = new ArrayList<>(List.of(AS_OF, FROM));
        headers.addAll(communities);
        SheetWriter sheet = new SheetWriter(workbook, styles, NAME, headers, 0);
        sheet.uniformWidthFrom(FIRST_COMMUNITY_COLUMN);
        for (Trend.Run run : trend.runs()) {
            SheetWriter.RowWriter row = sheet.row().date(run.to()).date(run.from());
            for (String community : communities) {
                row.number(run.usedPercent(community).map(percent -> percent.movePointLeft(2)), styles.percent);
            }
        }
        sheet.finish();
        sheet.row();
        if (communities.size() < trend.communities().size()) {
            sheet.note("Only the first " + communities.size() + " of " + trend.communities().size()
                    + " communities fit in a sheet's columns.", CHART_COLUMNS + 1);
        }
        if (trend.runs().size() < 2) {
            sheet.note(ONE_RUN, CHART_COLUMNS + 1);
            return;
        }
        List<String> charted = trend.charted().stream().filter(communities::contains).toList();
        if (charted.isEmpty()) {
            return;
        }
        if (charted.size() < communities.size()) {
            sheet.note("The chart draws " + charted.size() + " of the " + communities.size()
                    + " communities, those flagged in this run first; the table holds them all.", CHART_COLUMNS + 1);
        }
        int lastRow = trend.runs().size();
        List<Charts.Series> lines = new ArrayList<>();
        for (int i = 0; i < charted.size(); i++) {
            String community = charted.get(i);
            Double[] values = trend.runs().stream().map(run -> run.usedPercent(community))
                    .map(percent -> percent.map(p -> p.movePointLeft(2).doubleValue()).orElse(null))
                    .toArray(Double[]::new);
            int column = FIRST_COMMUNITY_COLUMN + communities.indexOf(community);
            lines.add(new Charts.Series(community, new Charts.Cells(NAME, column, 1, lastRow), values,
                    PALETTE[i % PALETTE.length]));
        }
        Double[] dates = trend.runs().stream().map(run -> DateUtil.getExcelDate(run.to())).toArray(Double[]::new);
        int firstChartRow = sheet.nextRow();
        Charts.linesOverTime(workbook.getXSSFWorkbook().getSheet(NAME),
                new Charts.Area(0, firstChartRow, CHART_COLUMNS, firstChartRow + CHART_ROWS), CHART_TITLE,
                new Charts.Cells(NAME, 0, 1, lastRow), dates, lines, "Used %", Styles.FRACTION_AS_PERCENT);
    }
}
