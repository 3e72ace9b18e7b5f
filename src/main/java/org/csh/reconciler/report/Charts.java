package org.csh.reconciler.report;

import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The workbook's charts. Each refers to the sheet's own cells, so Excel redraws it after an edit, and carries the
 * values it was drawn from, because the rows are streamed to disk before the chart is made and cannot be read back.
 */
final class Charts {

    /** Cells of one column, rows {@code firstRow}..{@code lastRow} (0-based, inclusive), with their values. */
    record Cells(String sheet, int column, int firstRow, int lastRow) {

        String reference() {
            return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
        }

        /** The header cell above the first row, which titles a series. */
        CellReference header() {
            return new CellReference(sheet, 0, column, true, true);
        }
    }

    /** A column of numbers to plot ({@code null} where a cell is empty), titled by its header cell. */
    record Series(String title, Cells cells, Double[] values, byte[] rgb) {
    }

    private Charts() {
    }

    /**
     * Per category, a solid bar of used hours beside an outlined bar of contracted hours: a solid bar taller than
     * its outline is over the contract, one far shorter under it. Each used bar takes the colour of its row's
     * status ({@code usedColours}); expected hours are a dash between the two.
     */
    static XSSFChart usedAgainstContract(XSSFSheet sheet, Area area, String title, Cells categoryCells,
            String[] categories, Series used, byte[][] usedColours, Series contracted, Series expected,
            String valueAxisTitle) {
        XSSFChart chart = newChart(sheet, area, title);
        XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis amounts = valueAxis(chart, valueAxisTitle);
        amounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(categories, categoryCells.reference());

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, amounts);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        // (overlapping bars would frame the used bar in its outline, but poi-ooxml-lite lacks that schema type)
        bars.setGapWidth(60);
        XDDFChartData.Series usedBars = add(bars, names, used);
        usedBars.setShapeProperties(filled(used.rgb()));
        for (int i = 0; i < usedColours.length; i++) {
            usedBars.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(usedColours[i])));
        }
        XDDFChartData.Series outline = add(bars, names, contracted);
        XDDFShapeProperties frame = new XDDFShapeProperties();
        frame.setFillProperties(new XDDFNoFillProperties());
        XDDFLineProperties border = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(contracted.rgb())));
        border.setWidth(2.0);
        frame.setLineProperties(border);
        outline.setShapeProperties(frame);
        chart.plot(bars);

        // the same axes: a dash at each community's expected hours, no line between communities
        XDDFLineChartData dashes = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axis, amounts);
        dashes.setVaryColors(false);
        XDDFLineChartData.Series expectedDashes = (XDDFLineChartData.Series) add(dashes, names, expected);
        expectedDashes.setSmooth(false);
        expectedDashes.setMarkerStyle(MarkerStyle.DASH);
        XDDFShapeProperties noLine = new XDDFShapeProperties();
        noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        expectedDashes.setShapeProperties(noLine);
        XDDFShapeProperties dash = new XDDFShapeProperties();
        dash.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(expected.rgb())));
        dash.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(expected.rgb()))));
        expectedDashes.getCTLineSer().getMarker().setSpPr(dash.getXmlObject());
        chart.plot(dashes);
        return chart;
    }

    /**
     * A line chart with markers over time: one line per series, one point per row, each labelled with its row's
     * date. A category axis, one step per run: on a date axis LibreOffice rounds the labels to months (a run of
     * 11-30 showed as 2026-11-01), and the schema to set its unit to days is missing from poi-ooxml-lite.
     *
     * @param dates Excel date numbers of the rows, in order
     */
    static XSSFChart linesOverTime(XSSFSheet sheet, Area area, String title, Cells dateCells, Double[] dates,
            List<Series> values, String valueAxisTitle, String valueFormat) {
        XSSFChart chart = newChart(sheet, area, title);
        XDDFCategoryAxis time = chart.createCategoryAxis(AxisPosition.BOTTOM);
        time.setNumberFormat(Styles.ISO_DATE);
        XDDFValueAxis amounts = valueAxis(chart, valueAxisTitle);
        amounts.setNumberFormat(valueFormat);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, time, amounts);
        data.setVaryColors(false);
        XDDFDataSource<Double> days = XDDFDataSourcesFactory.fromArray(dates, dateCells.reference());
        for (Series column : values) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) add(data, days, column);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties line = new XDDFShapeProperties();
            line.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(column.rgb()))));
            series.setShapeProperties(line);
        }
        chart.plot(data);
        return chart;
    }

    /** Where a chart sits, in cells; it neither moves nor stretches when a reader filters or resizes rows. */
    record Area(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    private static XDDFChartData.Series add(XDDFChartData data, XDDFDataSource<?> categories, Series column) {
        XDDFChartData.Series series = data.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(column.values(), column.cells().reference()));
        series.setTitle(column.title(), column.cells().header());
        return series;
    }

    private static XSSFChart newChart(XSSFSheet sheet, Area area, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.firstColumn(), area.firstRow(),
                area.lastColumn(), area.lastRow());
        anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String title) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setTitle(title);
        axis.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
        return axis;
    }

    private static XDDFShapeProperties filled(byte[] rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        return shape;
    }
}
