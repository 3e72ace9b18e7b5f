package org.csh.reconciler.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.csh.reconciler.reconcile.WorkItem;

/**
 * Writes the run's Excel workbook for BD and operators: Summary, Work items, Findings, BD flags, Trend, Read me
 * and Estimates, in that order.
 */
public class WorkbookWriter {

    static final String SUMMARY = SummarySheet.NAME;
    static final String WORK_ITEMS = "Work items";
    static final String FINDINGS = "Findings";
    static final String BD_FLAGS = "BD flags";

    static final List<String> WORK_ITEM_HEADERS = List.of("Community", "Source", "Title", "URL", "State",
            "Completed", "Hours", "Estimated", "Estimate basis");
    static final List<String> FINDING_HEADERS = List.of("Code", "Community", "URL", "Detail");
    static final List<String> BD_FLAG_HEADERS = List.of("Community", "Status", "Used hours", "Contracted hours",
            "Expected hours", "Reason");

    /** Rows kept in memory per sheet; older rows go to a temporary file, so 100,000 items fit a small heap. */
    private static final int ROWS_IN_MEMORY = 100;
    /**
     * POI keeps every hyperlink in memory until the file is written (a few KB each: 65,530 links, Excel's own limit
     * per sheet, overflow a 256 MB heap), so past this many the addresses stay plain text a reader can still copy.
     */
    static final int MAX_LINKS_PER_SHEET = 10_000;

    static final Comparator<String> BY_NAME = Comparator
            .comparing((String name) -> name.toLowerCase(Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());
    // items without a community or date sort last, where a reader looks for leftovers
    private static final Comparator<WorkItem> WORK_ITEM_ORDER =
            Comparator.comparing(WorkItem::community, optionalLast(BY_NAME))
                    .thenComparing(WorkItem::completedOn, optionalLast(Comparator.<LocalDate>naturalOrder()))
                    .thenComparing(WorkItem::title, Comparator.nullsLast(BY_NAME))
                    .thenComparing(WorkItem::key, Comparator.nullsLast(Comparator.<String>naturalOrder()));
    /** What BD look at first: over the contract, then under it, then no contract at all, then the rest. */
    static final List<Status> STATUS_ORDER = List.of(Status.EXCEEDING, Status.UNDERUSING, Status.NO_CONTRACT,
            Status.OK);
    private static final Comparator<CommunityStatus> FLAGGED_FIRST =
            Comparator.comparing((CommunityStatus status) -> STATUS_ORDER.indexOf(status.status()))
                    .thenComparing(CommunityStatus::community, BY_NAME);
    private static final Comparator<Finding> FINDING_ORDER =
            Comparator.comparing(Finding::code)
                    .thenComparing(Finding::community, optionalLast(BY_NAME));

    private final int maxLinksPerSheet;

    public WorkbookWriter() {
        this(MAX_LINKS_PER_SHEET);
    }

    /** For tests: a low link cap shows the cap without writing thousands of rows. */
    WorkbookWriter(int maxLinksPerSheet) {
        this.maxLinksPerSheet = maxLinksPerSheet;
    }

    /** {@code csh-report_<from>_<to>.xlsx}, dates in ISO form. */
    public static String fileName(LocalDate from, LocalDate to) {
        return "csh-report_" + from + "_" + to + ".xlsx";
    }

    /**
     * Writes the workbook into {@code reportDir} (created if missing), replacing a report of the same range.
     * The Read me says only when it was written; the Trend shows this run alone.
     *
     * @return the written file
     * @throws java.io.UncheckedIOException when the file cannot be written; no partial file is left behind
     */
    public Path write(ReconcileResult result, Path reportDir) {
        return write(result, ReportContext.at(Instant.now()), reportDir);
    }

    /** As {@link #write(ReconcileResult, Path)}, with what the Read me and Trend sheets say about the run. */
    public Path write(ReconcileResult result, ReportContext context, Path reportDir) {
        return AtomicReportFile.write(reportDir, fileName(result.from(), result.to()),
                out -> writeTo(result, context, out));
    }

    void writeTo(ReconcileResult result, ReportContext context, OutputStream out) throws IOException {
        // every sheet streams its rows to a temporary file, so 10,000 communities fit a small heap as 100,000 items
        // do; charts and conditional formats go into the XSSF sheet underneath, beside the streamed rows.
        // close() deletes SXSSF's temporary row files, also when writing fails
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook.getXSSFWorkbook());
            // SPEC order first, then the sheets that explain the run
            SummarySheet.write(workbook, styles, result);
            writeWorkItems(sheet(workbook, styles, WORK_ITEMS, WORK_ITEM_HEADERS), styles, result);
            writeFindings(sheet(workbook, styles, FINDINGS, FINDING_HEADERS), result);
            writeBdFlags(sheet(workbook, styles, BD_FLAGS, BD_FLAG_HEADERS), styles, result);
            TrendSheet.write(workbook, styles, Trend.of(context.history(), result, context.trendRuns()));
            ReadMeSheet.write(workbook, styles, result, context);
            EstimatesSheet.write(sheet(workbook, styles, EstimatesSheet.NAME, EstimatesSheet.HEADERS), styles, result);
            for (Sheet sheet : workbook) {
                PageLayout.footer(sheet, "CSH report", result.from(), result.to());
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        }
    }

    private SheetWriter sheet(org.apache.poi.ss.usermodel.Workbook workbook, Styles styles, String name,
            List<String> headers) {
        return new SheetWriter(workbook, styles, name, headers, maxLinksPerSheet);
    }

    private void writeWorkItems(SheetWriter sheet, Styles styles, ReconcileResult result) {
        List<WorkItem> items = result.items().stream().sorted(WORK_ITEM_ORDER).toList();
        for (WorkItem item : items) {
            sheet.row()
                    .text(item.community())
                    .text(item.source().label())
                    .text(item.title())
                    .link(item.url())
                    .text(item.state().label())
                    .date(item.completedOn())
                    .number(item.hours(), styles.hours)
                    .text(item.isEstimated() ? "yes" : "no")
                    .text(item.estimate().map(CellText::basisOf));
        }
        sheet.finish();
    }

    private void writeFindings(SheetWriter sheet, ReconcileResult result) {
        List<Finding> findings = result.findings().stream().sorted(FINDING_ORDER).toList();
        for (Finding finding : findings) {
            sheet.row()
                    .text(finding.code().name())
                    .text(finding.community())
                    .link(finding.url())
                    .text(finding.detail());
        }
        sheet.finish();
    }

    private void writeBdFlags(SheetWriter sheet, Styles styles, ReconcileResult result) {
        for (CommunityStatus status : flaggedFirst(result.flagged())) {
            sheet.row()
                    .text(status.community())
                    .status(status.status())
                    .number(status.usedHours(), styles.summaryHours)
                    .number(status.contractedHours(), styles.summaryHours)
                    .number(status.expectedHours(), styles.summaryHours)
                    .text(status.reason(), styles.indentedText);
        }
        sheet.finish();
    }

    /** Summary, BD flags and CSV order: EXCEEDING, UNDERUSING, NO_CONTRACT, then OK; by name within each. */
    static List<CommunityStatus> flaggedFirst(List<CommunityStatus> statuses) {
        return statuses.stream().sorted(FLAGGED_FIRST).toList();
    }

    private static <T> Comparator<Optional<T>> optionalLast(Comparator<T> order) {
        return Comparator.comparing((Optional<T> value) -> value.orElse(null), Comparator.nullsLast(order));
    }
}
