package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.csh.reconciler.reconcile.Status;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * Fills one sheet row by row (header first) and, at the end, freezes the header, adds a filter, sets widths and
 * decides how it prints. Widths come from the text length, not {@code autoSizeColumn}, which needs fonts installed
 * on the server; longer text wraps within {@link #MAX_WIDTH_CHARS}, in a row made tall enough for it, because
 * neither Excel nor LibreOffice fits a row's height to wrapped text when it opens a file.
 */
final class SheetWriter {

    /** The widest a text column gets; longer text (titles, estimate bases, reasons) wraps onto more lines. */
    static final int MAX_WIDTH_CHARS = 50;
    /** The widest a column of addresses gets: most issue and task addresses fit on one line. */
    static final int MAX_LINK_WIDTH_CHARS = 65;
    /** Room for the filter drop-down arrow on the header and a little air. */
    private static final int PADDING_CHARS = 3;
    private static final int DATE_CHARS = 10;
    /** The height of one line of 11-point text. */
    static final float LINE_POINTS = 15f;
    /** Excel's tallest row. */
    private static final float MAX_ROW_POINTS = 409f;

    private final Sheet sheet;
    /** The XSSF sheet beneath: column widths go straight into its {@code <cols>}, see {@link #setWidths}. */
    private final XSSFSheet columns;
    private final Styles styles;
    private final int[] widestChars;
    private final boolean[] holdsLinks;
    private int[] widths;
    /** Columns from here on share one width, the widest of them: the Trend's communities. */
    private int uniformFrom = Integer.MAX_VALUE;
    private int nextRow;
    private int linksLeft;
    /** The last row the filter covers; rows below it (a totals row, a chart) stay put when a reader sorts. */
    private int lastTableRow = -1;

    SheetWriter(Workbook workbook, Styles styles, String name, List<String> headers, int maxLinks) {
        this.sheet = workbook.createSheet(name);
        this.columns = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook().getSheet(name)
                : (XSSFSheet) sheet;
        this.styles = styles;
        this.linksLeft = maxLinks;
        this.widestChars = new int[headers.size()];
        this.holdsLinks = new boolean[headers.size()];
        // freeze and filter only record addresses, so they can be set before the rows stream out
        sheet.createFreezePane(0, 1);
        // people print the report or save it as PDF; whether it fits one page wide is decided once widths are known
        PageLayout.landscape(sheet);
        PageLayout.repeatHeaderRow(sheet);
        RowWriter header = row();
        for (String title : headers) {
            int column = header.nextColumn;
            header.text(title, styles.header);
            widestChars[column] = twoLineWidth(title);
        }
        if (headers.stream().anyMatch(title -> twoLineWidth(title) < title.length())) {
            header.row.setHeightInPoints(2 * LINE_POINTS);
        }
    }

    RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++));
    }

    Sheet sheet() {
        return sheet;
    }

    /** Index of the next row to be written. */
    int nextRow() {
        return nextRow;
    }

    /** Ends the sorted, filtered table here: rows written after this are outside the filter. */
    void endTable() {
        lastTableRow = Math.max(nextRow - 1, 0);
    }

    /** Gives the columns from {@code column} on one width, the widest of them, e.g. one per community. */
    void uniformWidthFrom(int column) {
        uniformFrom = column;
    }

    void finish() {
        if (lastTableRow < 0) {
            endTable();
        }
        sheet.setAutoFilter(new CellRangeAddress(0, lastTableRow, 0, widestChars.length - 1));
        widths = new int[widestChars.length];
        int uniform = 0;
        for (int column = 0; column < widestChars.length; column++) {
            widths[column] = Math.min(widestChars[column] + PADDING_CHARS, maxWidth(column));
            if (column >= uniformFrom) {
                uniform = Math.max(uniform, widths[column]);
            }
        }
        for (int column = uniformFrom; column < widths.length; column++) {
            widths[column] = uniform;
        }
        setWidths(widths);
        PageLayout.fitToWidth(sheet, widths);
    }

    /**
     * One {@code <col>} element per run of columns of equal width. POI's {@code setColumnWidth} searches and splits
     * the existing elements on every call, which for 10,000 columns takes minutes.
     */
    private void setWidths(int[] widths) {
        CTCols cols = columns.getCTWorksheet().sizeOfColsArray() == 0 ? columns.getCTWorksheet().addNewCols()
                : columns.getCTWorksheet().getColsArray(0);
        for (int first = 0; first < widths.length; ) {
            int last = first;
            while (last + 1 < widths.length && widths[last + 1] == widths[first]) {
                last++;
            }
            CTCol col = cols.addNewCol();
            col.setMin(first + 1L);
            col.setMax(last + 1L);
            col.setWidth(widths[first]);
            col.setCustomWidth(true);
            first = last + 1;
        }
    }

    /**
     * After {@link #finish()}: a line of explanation under the table, e.g. what a chart shows, wrapped across the
     * first {@code columns} columns.
     */
    void note(String text, int columns) {
        int span = Math.min(columns, widths.length);
        int chars = 0;
        for (int column = 0; column < span; column++) {
            chars += widths[column];
        }
        int rowIndex = nextRow;
        RowWriter row = row();
        Cell cell = row.nextCell();
        cell.setCellValue(CellText.fitToCell(text));
        cell.setCellStyle(styles.note);
        row.tallEnoughFor(lines(text, charsPerLine(chars)));
        if (span > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, span - 1));
        }
    }

    private int maxWidth(int column) {
        return holdsLinks[column] ? MAX_LINK_WIDTH_CHARS : MAX_WIDTH_CHARS;
    }

    /**
     * Characters of ordinary text on one line of a column {@code width} characters wide: a column's width counts
     * digits, and an average letter is narrower (a 50-wide column holds about 60 letters in Calibri or Carlito).
     */
    static int charsPerLine(int width) {
        return (width - PADDING_CHARS) * 6 / 5;
    }

    /** How many lines {@code text} takes where one line holds {@code charsPerLine} characters. */
    static int lines(String text, int charsPerLine) {
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines += Math.max(1, (i - start + charsPerLine - 1) / charsPerLine);
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * The narrowest width that holds {@code header} on at most two lines broken at a space, e.g. 10 for
     * {@code Contracted hours}: the header wraps, and a column of short numbers stays narrow.
     */
    static int twoLineWidth(String header) {
        int best = header.length();
        for (int i = header.indexOf(' '); i >= 0; i = header.indexOf(' ', i + 1)) {
            best = Math.min(best, Math.max(i, header.length() - i - 1));
        }
        return best;
    }

    private void measure(int column, int chars) {
        if (chars > widestChars[column]) {
            widestChars[column] = chars;
        }
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** Writes the cells of one row from left to right. */
    final class RowWriter {

        private final Row row;
        private int nextColumn;
        private int lines = 1;
        /** Text right after a right-aligned number is indented, so the two do not run together. */
        private boolean afterNumber;

        private RowWriter(Row row) {
            this.row = row;
        }

        /** Text longer than its column's widest wraps: the row grows to show every line. */
        private void wraps(int column, String text) {
            tallEnoughFor(lines(text, charsPerLine(maxWidth(column))));
        }

        private void tallEnoughFor(int textLines) {
            if (textLines > lines) {
                lines = textLines;
                row.setHeightInPoints(Math.min(lines * LINE_POINTS, MAX_ROW_POINTS));
            }
        }

        RowWriter text(String value) {
            return text(value, afterNumber ? styles.indentedText : styles.text);
        }

        /** A status, in its colour. */
        RowWriter status(Status status) {
            return text(status.name(), styles.status(status));
        }

        RowWriter text(Optional<String> value) {
            return value.isPresent() ? text(value.get()) : blank();
        }

        RowWriter link(Optional<String> address) {
            return address.isPresent() ? link(address.get()) : blank();
        }

        RowWriter link(String address) {
            if (linksLeft <= 0 || !CellText.isWebAddress(address)) {
                return text(address);
            }
            linksLeft--;
            Cell cell = nextCell();
            holdsLinks[cell.getColumnIndex()] = true;
            cell.setCellValue(CellText.fitToCell(address));
            cell.setCellStyle(styles.link);
            cell.setHyperlink(styles.webLink(address));
            measure(cell.getColumnIndex(), address.length());
            wraps(cell.getColumnIndex(), address);
            return this;
        }

        RowWriter number(BigDecimal value, CellStyle style) {
            Cell cell = nextCell();
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
            measure(cell.getColumnIndex(), value.toPlainString().length() + 1);
            afterNumber = true;
            return this;
        }

        RowWriter number(Optional<BigDecimal> value, CellStyle style) {
            return value.isPresent() ? number(value.get(), style) : blank();
        }

        RowWriter date(Optional<LocalDate> value) {
            return value.isPresent() ? date(value.get()) : blank();
        }

        RowWriter date(LocalDate value) {
            Cell cell = nextCell();
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
            measure(cell.getColumnIndex(), DATE_CHARS);
            return this;
        }

        RowWriter blank() {
            nextCell().setBlank();
            return this;
        }

        /** An empty cell that still carries a style, e.g. the totals row's border. */
        RowWriter blank(CellStyle style) {
            Cell cell = nextCell();
            cell.setBlank();
            cell.setCellStyle(style);
            return this;
        }

        RowWriter text(String value, CellStyle style) {
            if (value == null || value.isEmpty()) {
                return blank();
            }
            Cell cell = nextCell();
            String fitted = styles.writeText(cell, value, style);
            measure(cell.getColumnIndex(), longestLine(fitted));
            if (style != styles.header) {
                wraps(cell.getColumnIndex(), fitted);
            }
            return this;
        }

        private Cell nextCell() {
            afterNumber = false;
            return row.createCell(nextColumn++);
        }
    }
}
