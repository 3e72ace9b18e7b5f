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
import org.csh.reconciler.reconcile.Status;

/**
 * Fills one sheet row by row (header first) and, at the end, freezes the header, adds a filter and sets widths.
 * Widths come from the text length, not {@code autoSizeColumn}, which needs fonts installed on the server.
 */
final class SheetWriter {

    private static final int MAX_WIDTH_CHARS = 80;
    /** Room for the filter drop-down arrow on the header and a little air. */
    private static final int PADDING_CHARS = 3;
    private static final int DATE_CHARS = 10;

    private final Sheet sheet;
    private final Styles styles;
    private final int[] widestChars;
    private int nextRow;
    private int linksLeft;
    /** The last row the filter covers; rows below it (a totals row, a chart) stay put when a reader sorts. */
    private int lastTableRow = -1;

    SheetWriter(Workbook workbook, Styles styles, String name, List<String> headers, int maxLinks) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.linksLeft = maxLinks;
        this.widestChars = new int[headers.size()];
        // freeze and filter only record addresses, so they can be set before the rows stream out
        sheet.createFreezePane(0, 1);
        // people print the report or save it as PDF: one page wide, header row repeated on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        RowWriter header = row();
        headers.forEach(title -> header.text(title, styles.header));
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

    void finish() {
        if (lastTableRow < 0) {
            endTable();
        }
        sheet.setAutoFilter(new CellRangeAddress(0, lastTableRow, 0, widestChars.length - 1));
        for (int column = 0; column < widestChars.length; column++) {
            int chars = Math.min(widestChars[column] + PADDING_CHARS, MAX_WIDTH_CHARS);
            sheet.setColumnWidth(column, chars * 256);
        }
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

        private RowWriter(Row row) {
            this.row = row;
        }

        RowWriter text(String value) {
            return text(value, styles.text);
        }

        /** A status, in its colour. */
        RowWriter status(Status status) {
            return text(status.name(), styles.status(status));
        }

        RowWriter text(Optional<String> value) {
            return value.isPresent() ? text(value.get()) : blank();
        }

        RowWriter link(String address) {
            if (linksLeft <= 0 || !CellText.isWebAddress(address)) {
                return text(address);
            }
            linksLeft--;
            Cell cell = nextCell();
            cell.setCellValue(CellText.fitToCell(address));
            cell.setCellStyle(styles.link);
            cell.setHyperlink(styles.webLink(address));
            measure(cell.getColumnIndex(), address.length());
            return this;
        }

        RowWriter number(BigDecimal value, CellStyle style) {
            Cell cell = nextCell();
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
            measure(cell.getColumnIndex(), value.toPlainString().length() + 1);
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
            String fitted = CellText.fitToCell(value);
            // a string cell is never evaluated on write; the quote prefix keeps it that way when a user edits it
            cell.setCellValue(fitted);
            cell.setCellStyle(CellText.looksLikeFormula(fitted) ? styles.quotedText : style);
            measure(cell.getColumnIndex(), longestLine(fitted));
            return this;
        }

        private Cell nextCell() {
            return row.createCell(nextColumn++);
        }
    }
}
