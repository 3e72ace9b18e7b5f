package org.csh.reconciler.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.csh.reconciler.estimate.Estimate;

/** Text rules shared by the workbook and the CSV: what a spreadsheet might execute, how long a cell may be. */
final class CellText {

    /** Excel refuses longer cell text. */
    static final int MAX_CELL_CHARS = 32_767;
    static final String TRUNCATION_MARKER = "… [truncated]";
    /** Excel ignores hyperlinks with longer addresses. */
    private static final int MAX_LINK_CHARS = 2_079;

    private CellText() {
    }

    /** True when a spreadsheet could read the text as a formula or a command (OWASP CSV injection). */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r' || first == '\n';
    }

    /** The text cut to Excel's cell limit, with a visible marker so a reader knows something is missing. */
    static String fitToCell(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int keep = MAX_CELL_CHARS - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return text.substring(0, keep) + TRUNCATION_MARKER;
    }

    /** True for an absolute http(s) address worth making clickable. */
    static boolean isWebAddress(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LINK_CHARS) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The estimate's basis as a reader checks it, e.g. {@code median of meetings (confidence: low)}. */
    static String basisOf(Estimate estimate) {
        return estimate.basis() + " (confidence: " + estimate.confidence().name().toLowerCase(Locale.ROOT) + ")";
    }
}
