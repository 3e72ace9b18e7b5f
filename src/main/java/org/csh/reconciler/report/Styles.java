package org.csh.reconciler.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.reconcile.ShownHours;
import org.csh.reconciler.reconcile.Status;

/** The few cell styles the report uses, made once per workbook because Excel caps a file at 64,000 styles. */
final class Styles {

    /** Two decimals for single work items: quarter hours are common. */
    static final String HOURS = "0.00";
    /** One decimal for per-community figures, which BD read at a glance; the CSV, reasons and email round alike. */
    static final String SUMMARY_HOURS = "0." + "0".repeat(ShownHours.DECIMALS);
    static final String FRACTION_AS_PERCENT = "0%";
    static final String ISO_DATE = "yyyy-mm-dd";
    static final String ISO_DATE_TIME = "yyyy-mm-dd hh:mm";

    private final CreationHelper helper;
    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    /** Text right of a right-aligned number column: indented, so the two do not run together. */
    final CellStyle indentedText;
    final CellStyle quotedText;
    /** A line of explanation under a table, e.g. what a chart's colours mean: in italics, wrapped. */
    final CellStyle note;
    final CellStyle link;
    final CellStyle hours;
    final CellStyle summaryHours;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle totalLabel;
    final CellStyle totalHours;
    final CellStyle totalPercent;
    private final Map<Status, CellStyle> statusStyles = new EnumMap<>(Status.class);

    Styles(XSSFWorkbook workbook) {
        helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        // long headers wrap onto two lines, so that a column of short numbers stays narrow
        header = topAligned(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        // text longer than its column (at most SheetWriter's widest) wraps rather than running off the page
        text = wrapped(workbook);
        // an indent only counts with an explicit left alignment; "general" ignores it
        indentedText = wrapped(workbook);
        indentedText.setAlignment(HorizontalAlignment.LEFT);
        indentedText.setIndention((short) 1);
        // Excel shows the text as typed and never evaluates it, even after a user edits the cell
        quotedText = wrapped(workbook);
        quotedText.setQuotePrefixed(true);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        note = wrapped(workbook);
        note.setFont(italic);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = wrapped(workbook);
        link.setFont(linkFont);
        hours = numberStyle(workbook, HOURS);
        summaryHours = numberStyle(workbook, SUMMARY_HOURS);
        percent = numberStyle(workbook, FRACTION_AS_PERCENT);
        date = numberStyle(workbook, ISO_DATE);
        dateTime = numberStyle(workbook, ISO_DATE_TIME);
        totalLabel = totalOf(workbook, header, bold);
        totalHours = totalOf(workbook, summaryHours, bold);
        totalPercent = totalOf(workbook, percent, bold);
        for (StatusColour colour : StatusColour.values()) {
            statusStyles.put(colour.status, statusStyle(workbook, colour));
        }
    }

    /** The Status cell's style: the status colour as a fill with a darker text of the same hue. */
    CellStyle status(Status status) {
        return statusStyles.get(status);
    }

    Hyperlink webLink(String address) {
        Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.URL);
        hyperlink.setAddress(address);
        return hyperlink;
    }

    private CellStyle numberStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = topAligned(workbook);
        style.setDataFormat(helper.createDataFormat().getFormat(format));
        return style;
    }

    /** Cells of a row that wraps stay at its top line, level with the first line of the wrapped text. */
    private static CellStyle topAligned(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle wrapped(XSSFWorkbook workbook) {
        CellStyle style = topAligned(workbook);
        style.setWrapText(true);
        return style;
    }

    private static CellStyle totalOf(XSSFWorkbook workbook, CellStyle base, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFont(bold);
        style.setBorderTop(BorderStyle.THIN);
        return style;
    }

    private static CellStyle statusStyle(XSSFWorkbook workbook, StatusColour colour) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(new XSSFColor(colour.text, null));
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(new XSSFColor(colour.fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFont(font);
        return style;
    }

    /** Excel's own "light fill, dark text" pairs, so the colours look familiar and print legibly in grey. */
    enum StatusColour {
        EXCEEDING(Status.EXCEEDING, "FFC7CE", "9C0006", "C00000", "red"),
        UNDERUSING(Status.UNDERUSING, "FFEB9C", "9C5700", "FFC000", "amber"),
        NO_CONTRACT(Status.NO_CONTRACT, "D9D9D9", "3F3F3F", "A5A5A5", "grey"),
        OK(Status.OK, "C6EFCE", "006100", "70AD47", "green");

        final Status status;
        final byte[] fill;
        final byte[] text;
        /** A chart bar's colour: the same hue, strong enough to tell apart from its neighbours at a glance. */
        final byte[] bar;
        /** The bar colour's name, for the sentence that explains the chart. */
        final String barName;

        StatusColour(Status status, String fill, String text, String bar, String barName) {
            this.status = status;
            this.fill = rgb(fill);
            this.text = rgb(text);
            this.bar = rgb(bar);
            this.barName = barName;
        }

        /** The fill as Excel writes it, e.g. {@code FFC7CE}. */
        String fillHex() {
            return hex(fill);
        }

        static StatusColour of(Status status) {
            return valueOf(status.name());
        }

        private static byte[] rgb(String hex) {
            return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                    (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)};
        }

        private static String hex(byte[] rgb) {
            return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        }
    }

    /**
     * Writes {@code value} into {@code cell}, cut to what a cell holds, and returns what was written. A string cell is
     * never evaluated on write; text that looks like a formula gets the quote prefix, which keeps it that way when a
     * user edits it.
     */
    String writeText(Cell cell, String value, CellStyle style) {
        String fitted = CellText.fitToCell(value);
        cell.setCellValue(fitted);
        cell.setCellStyle(CellText.looksLikeFormula(fitted) ? quotedText : style);
        return fitted;
    }
}
