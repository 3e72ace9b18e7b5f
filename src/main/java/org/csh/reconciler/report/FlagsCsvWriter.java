package org.csh.reconciler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ShownHours;

/** Writes the BD flags as an RFC 4180 CSV file, for people and tools that do not open workbooks. */
public class FlagsCsvWriter {

    static final List<String> HEADERS = WorkbookWriter.BD_FLAG_HEADERS;
    private static final String CRLF = "\r\n";
    /**
     * Excel reads a CSV file as the local ANSI code page unless it starts with a UTF-8 byte order mark, so
     * community names with accents would be garbled without it; other CSV readers skip the mark.
     */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** {@code bd-flags_<from>_<to>.csv}, dates in ISO form. */
    public static String fileName(LocalDate from, LocalDate to) {
        return "bd-flags_" + from + "_" + to + ".csv";
    }

    /**
     * Writes the flags into {@code reportDir} (created if missing), replacing a file of the same range.
     *
     * @return the written file
     * @throws java.io.UncheckedIOException when the file cannot be written; no partial file is left behind
     */
    public Path write(ReconcileResult result, Path reportDir) {
        return AtomicReportFile.write(reportDir, fileName(result.from(), result.to()), out -> writeTo(result, out));
    }

    void writeTo(ReconcileResult result, OutputStream out) throws IOException {
        // not closed here: the caller owns the stream and must still force it to disk
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write(BYTE_ORDER_MARK);
        writeRecord(csv, HEADERS);
        for (CommunityStatus status : WorkbookWriter.flaggedFirst(result.flagged())) {
            writeRecord(csv, List.of(
                    text(status.community()),
                    text(status.status().name()),
                    hours(Optional.of(status.usedHours())),
                    hours(status.contractedHours()),
                    hours(status.expectedHours()),
                    text(status.reason())));
        }
        csv.flush();
    }

    private static void writeRecord(Writer csv, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(quoteIfNeeded(fields.get(i)));
        }
        csv.write(CRLF);
    }

    /**
     * Text as a spreadsheet will show it, never run it: a leading {@code = + - @}, tab or CR gets a single quote
     * in front (OWASP CSV injection). Numbers are written by us in plain notation and need no such guard.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return CellText.looksLikeFormula(value) ? "'" + value : value;
    }

    /** Plain notation with one decimal ({@code 12.5}), as the BD flags sheet shows it; empty when absent. */
    static String hours(Optional<BigDecimal> value) {
        return value.map(ShownHours::text).orElse("");
    }

    static String quoteIfNeeded(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
