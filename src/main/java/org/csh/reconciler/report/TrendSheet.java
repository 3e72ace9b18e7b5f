package org.csh.reconciler.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Trend sheet: {@code Used %} per community over the last completed runs, one row per run and one column
 * per community, with a line chart of the same cells.
 */
final class TrendSheet {

    static final String NAME = "Trend";
    static final String AS_OF = "As of";
    static final String FROM = "Range from";
    static final String CHART_TITLE = "Used % per community, run by run";
    private static final int FIRST_COMMUNITY_COLUMN = 2;
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

    static void write(XSSFWorkbook workbook, Styles styles, Trend trend) {
        List<String> headers = new ArrayList<>(List.of(AS_OF, FROM));
        headers.addAll(trend.communities());
        SheetWriter sheet = new SheetWriter(workbook, styles, NAME, headers, 0);
        for (Trend.Run run : trend.runs()) {
            SheetWriter.RowWriter row = sheet.row().date(run.to()).date(run.from());
            for (String community : trend.communities()) {
                row.number(run.usedPercent(community).map(percent -> percent.movePointLeft(2)), styles.percent);
            }
        }
        sheet.finish();
        if (trend.communities().isEmpty()) {
            return;
        }
        List<Charts.Column> lines = new ArrayList<>();
        for (int i = 0; i < trend.communities().size(); i++) {
            lines.add(new Charts.Column(FIRST_COMMUNITY_COLUMN + i, trend.communities().get(i),
                    PALETTE[i % PALETTE.length]));
        }
        String[] labels = trend.runs().stream().map(run -> run.to().toString()).toArray(String[]::new);
        int firstChartRow = sheet.nextRow() + 1;
        int lastColumn = Math.max(CHART_COLUMNS, headers.size());
        Charts.lines((XSSFSheet) sheet.sheet(), new Charts.Area(0, firstChartRow, lastColumn, firstChartRow + CHART_ROWS),
                CHART_TITLE, 1, trend.runs().size(), labels, lines, "Used %");
    }
}
