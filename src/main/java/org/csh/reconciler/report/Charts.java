package org.csh.reconciler.report;

import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The workbook's charts, drawn by Excel from the sheet's own numeric cells so they follow any edit. */
final class Charts {

    /** A column of numbers to plot, titled by its header cell. */
    record Column(int index, String title, byte[] rgb) {
    }

    private Charts() {
    }

    /**
     * A clustered column chart: one group of bars per category row, one bar per value column.
     *
     * @param rows the category rows, 0-based and inclusive; the categories are column {@code categoryColumn}
     */
    static XSSFChart clusteredBars(XSSFSheet sheet, Area area, String title, int firstRow, int lastRow,
            int categoryColumn, List<Column> values, String valueAxisTitle) {
        XSSFChart chart = newChart(sheet, area, title);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis amounts = valueAxis(chart, valueAxisTitle);
        amounts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, amounts);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        for (Column column : values) {
            XDDFChartData.Series series = data.addSeries(names, numbers(sheet, firstRow, lastRow, column.index()));
            series.setTitle(column.title(), new CellReference(sheet.getSheetName(), 0, column.index(), true, true));
            series.setShapeProperties(filled(column.rgb()));
        }
        chart.plot(data);
        return chart;
    }

    /**
     * A line chart with markers: one line per value column, one point per row, labelled by {@code labels}.
     */
    static XSSFChart lines(XSSFSheet sheet, Area area, String title, int firstRow, int lastRow, String[] labels,
            List<Column> values, String valueAxisTitle) {
        XSSFChart chart = newChart(sheet, area, title);
        XDDFCategoryAxis runs = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis percent = valueAxis(chart, valueAxisTitle);
        percent.setNumberFormat(Styles.FRACTION_AS_PERCENT);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, runs, percent);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels);
        for (Column column : values) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                    numbers(sheet, firstRow, lastRow, column.index()));
            series.setTitle(column.title(), new CellReference(sheet.getSheetName(), 0, column.index(), true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            if (column.rgb() != null) {
                XDDFShapeProperties line = new XDDFShapeProperties();
                line.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(column.rgb()))));
                series.setShapeProperties(line);
            }
        }
        chart.plot(data);
        return chart;
    }

    /** Where a chart sits, in cells; it neither moves nor stretches when a reader filters or resizes rows. */
    record Area(int firstColumn, int firstRow, int lastColumn, int lastRow) {
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

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, column, column));
    }

    private static XDDFShapeProperties filled(byte[] rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        return shape;
    }
}
