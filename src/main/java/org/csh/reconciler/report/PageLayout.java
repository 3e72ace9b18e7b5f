package org.csh.reconciler.report;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints, or saves as PDF: landscape, the header row on every page, page numbers and the range in the
 * footer, and one page wide only where that keeps the text legible. A wide sheet (Work items with its addresses)
 * fitted to one page would print at a third of its size; it spreads over as few pages across as keep it legible.
 */
final class PageLayout {

    /** Side margins, in inches: a little narrower than Excel's 0.7, so more columns fit. */
    static final double SIDE_MARGIN = 0.4;
    /**
     * Printable width of a landscape page in pixels at 96 per inch, on US Letter (11 in), the narrower of Letter and
     * A4, so that what fits on one fits on the other.
     */
    static final int PRINTABLE_WIDTH_PIXELS = (int) ((11 - 2 * SIDE_MARGIN) * 96);
    /** Fitted smaller than this, text is too small to read; a wider sheet prints on more pages across. */
    static final double SMALLEST_FITTED_SCALE = 0.65;

    /** Excel's footer codes: the sheet's name, the page number, the number of pages. */
    static final String SHEET_NAME = "&A";
    static final String PAGE = "&P";
    static final String PAGES = "&N";

    private PageLayout() {
    }

    /** Landscape, with margins that leave room for the footer. */
    static void landscape(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
    }

    /** The first row printed again at the top of every page. */
    static void repeatHeaderRow(Sheet sheet) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /**
     * As few pages wide as keep the print at {@link #SMALLEST_FITTED_SCALE} or larger, and as many long as needed:
     * one page wide for a narrow sheet such as Summary; two or more, at a legible size, for a wide one such as
     * Work items, printed across then down so that the pages continuing the same rows follow each other.
     *
     * @param widths the columns' widths in characters
     * @return the number of pages across
     */
    static int fitToWidth(Sheet sheet, int[] widths) {
        int pages = pagesAcross(widths);
        PrintSetup print = sheet.getPrintSetup();
        sheet.setFitToPage(true);
        print.setFitWidth((short) Math.min(pages, Short.MAX_VALUE));
        print.setFitHeight((short) 0);
        print.setLeftToRight(pages > 1);
        return pages;
    }

    static int pagesAcross(int[] widths) {
        return Math.max(1, (int) Math.ceil(pixels(widths) * SMALLEST_FITTED_SCALE / PRINTABLE_WIDTH_PIXELS));
    }

    /** Excel's width of columns of {@code widths} characters: 7 pixels a character and 5 of padding each. */
    static int pixels(int[] widths) {
        int pixels = 0;
        for (int chars : widths) {
            pixels += chars * 7 + 5;
        }
        return pixels;
    }

    /** {@code CSH report 2026-11-01 to 2026-11-25 · <sheet> · Page 2 of 5}, left to right. */
    static void footer(Sheet sheet, String what, LocalDate from, LocalDate to) {
        Footer footer = sheet.getFooter();
        footer.setLeft(escaped(what) + " " + from + " to " + to);
        footer.setCenter(SHEET_NAME);
        footer.setRight("Page " + PAGE + " of " + PAGES);
    }

    /** An ampersand starts a footer code; doubled it prints as itself. */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }
}
