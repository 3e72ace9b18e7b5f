package org.csh.reconciler.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.reconcile.Status;

/** The few cell styles the report uses, made once per workbook because Excel caps a file at 64,000 styles. */
final class Styles {

    /** Two decimals for single work items: quarter hours are common. */
    static final String HOURS = "0.00";
    /** One decimal for per-community figures, which BD read at a glance. */
    static final String SUMMARY_HOURS = "0.0";
    static final String FRACTION_AS_PERCENT = "0%";
    static final String ISO_DATE = "yyyy-mm-dd";
    static final String ISO_DATE_TIME = "yyyy-mm-dd hh:mm";

    private final CreationHelper helper;
    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    /** Text right of a number column: a little space so the two do not run together. */
    final CellStyle indentedText;
    final CellStyle quotedText;
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
        header = workbook.createCellStyle();
        header.setFont(bold);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        text = workbook.createCellStyle();
        indentedText = workbook.createCellStyle();
        indentedText.setIndention((short) 1);
        // Excel shows the text as typed and never evaluates it, even after a user edits the cell
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
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
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(helper.createDataFormat().getFormat(format));
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
        style.setFillForegroundColor(new XSSFColor(colour.fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFont(font);
        return style;
    }

    /** Excel's own "light fill, dark text" pairs, so the colours look familiar and print legibly in grey. */
    enum StatusColour {
        EXCEEDING(Status.EXCEEDING, "FFC7CE", "9C0006"),
        UNDERUSING(Status.UNDERUSING, "FFEB9C", "9C5700"),
        NO_CONTRACT(Status.NO_CONTRACT, "D9D9D9", "3F3F3F"),
        OK(Status.OK, "C6EFCE", "006100");

        final Status status;
        final byte[] fill;
        final byte[] text;

        StatusColour(Status status, String fill, String text) {
            this.status = status;
            this.fill = rgb(fill);
            this.text = rgb(text);
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
}
