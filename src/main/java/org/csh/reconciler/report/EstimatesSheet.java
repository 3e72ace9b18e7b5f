package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.WorkItem;

/**
 * The {@code Estimates} sheet: every estimated work item with its basis and confidence, so that a manager can accept or
 * correct each guess, then how well the estimator predicted this run's own timed items (the back test).
 */
final class EstimatesSheet {

    static final String NAME = "Estimates";
    static final List<String> HEADERS = List.of("Community", "Title", "URL", "Completed", "Estimated hours",
            "Confidence", "Estimate basis");
    /** Written in the first column of the rows below the items, so a reader (or a test) finds the figures by label. */
    static final String BACK_TEST = "Back-test";

    private static final Comparator<WorkItem> ORDER = Comparator
            .comparing((WorkItem i) -> i.community().orElse("\uffff").toLowerCase(Locale.ROOT))
            .thenComparing(i -> i.completedOn().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::key);

    private EstimatesSheet() {
    }

    static void write(SheetWriter sheet, Styles styles, ReconcileResult result) {
        List<WorkItem> estimated = result.items().stream().filter(WorkItem::isEstimated).sorted(ORDER).toList();
        for (WorkItem item : estimated) {
            sheet.row()
                    .text(item.community())
                    .text(item.title())
                    .link(item.url())
                    .date(item.completedOn())
                    .number(item.hours(), styles.hours)
                    .text(item.estimate().map(e -> e.confidence().name()))
                    .text(item.estimate().map(e -> e.basis()));
        }
        // the filter and column widths are for the items; the figures below stand apart from them
        sheet.finish();
        sheet.row();
        Optional<BackTestResult> backTest = result.backTest();
        if (backTest.isEmpty() || backTest.get().predicted() == 0) {
            sheet.row().text(BACK_TEST).text("too few timed items in this run's data to back-test the estimates");
            backTest.flatMap(BackTestResult::chosen)
                    .ifPresent(chosen -> sheet.row().text(BACK_TEST)
                            .text("untimed items are estimated with: " + chosen));
        } else {
            BackTestResult r = backTest.get();
            figure(sheet, "timed items predicted, in order of completion, each from the items before it",
                    BigDecimal.valueOf(r.predicted()), null); // a count: General format, not hours
            figure(sheet, "mean absolute error (h)", hours(r.meanAbsoluteErrorHours()), styles.hours);
            figure(sheet, "median absolute error (h)", hours(r.medianAbsoluteErrorHours()), styles.hours);
            figure(sheet, "mean absolute error of always guessing the median (h)",
                    hours(r.baselineMeanAbsoluteErrorHours()), styles.hours);
            figure(sheet, "improvement over always guessing the median",
                    BigDecimal.valueOf(r.improvementPercent()).movePointLeft(2).setScale(3, RoundingMode.HALF_UP),
                    styles.percent);
            r.chosen().ifPresent(chosen -> sheet.row().text(BACK_TEST)
                    .text("untimed items are estimated with: " + chosen));
            r.candidates().ifPresent(candidates -> sheet.row().text(BACK_TEST)
                    .text("candidates back-tested on the same items, " + candidates));
        }
    }

    private static void figure(SheetWriter sheet, String label, BigDecimal value, CellStyle style) {
        sheet.row().text(BACK_TEST).text(label).blank().blank().number(value, style);
    }

    private static BigDecimal hours(double hours) {
        return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP);
    }
}
