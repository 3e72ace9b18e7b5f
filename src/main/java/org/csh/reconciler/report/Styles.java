package org.csh.reconciler.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the report uses, made once per workbook because Excel caps a file at 64,000 styles. */
final class Styles {

    /** Two decimals everywhere: quarter hours are common, and a summary must visibly add up to its items. */
    static final String HOURS = "0.00";
    static final String FRACTION_AS_PERCENT = "0%";
    static final String ISO_DATE = "yyyy-mm-dd";

    private final CreationHelper helper;
    final CellStyle header;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle link;
    final CellStyle hours;
    final CellStyle percent;
    final CellStyle date;

    Styles(Workbook workbook) {
        helper = workbook.getCreationHelper();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        text = workbook.createCellStyle();
        // Excel shows the text as typed and never evaluates it, even after a user edits the cell
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(linkFont);
        hours = numberStyle(workbook, HOURS);
        percent = numberStyle(workbook, FRACTION_AS_PERCENT);
        date = numberStyle(workbook, ISO_DATE);
    }

    Hyperlink webLink(String address) {
        Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.URL);
        hyperlink.setAddress(address);
        return hyperlink;
    }

    private CellStyle numberStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(helper.createDataFormat().getFormat(format));
        return style;
    }
}
