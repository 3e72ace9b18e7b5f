package org.csh.reconciler.estimate;

import java.util.List;
import java.util.Locale;

/**
 * Prints the back-test figures of docs/ESTIMATION.md: on the tuning part (the oldest 70 %, itself split 70/30) and on
 * the held-out part (the latest 30 %, each item predicted from all items before it). Run after
 * {@code mvn -B -o -q test-compile}: {@code java -cp target/classes:target/test-classes
 * org.csh.reconciler.estimate.EstimatorEvaluation} (the estimate package needs no library).
 */
public final class EstimatorEvaluation {

    private EstimatorEvaluation() {
    }

    public static void main(String[] args) {
        List<TimedItem> all = EvaluationSet.items();
        List<TimedItem> tuning = EvaluationSet.tuningPart();
        print("tuning part (oldest 70 %, last 30 % of it predicted)", tuning, EvaluationSet.TUNING_FRACTION);
        print("held-out part (latest 30 % of all items predicted)", all, EvaluationSet.TUNING_FRACTION);
        print("median only, held-out", all, EvaluationSet.TUNING_FRACTION, new ExplicitOrMedianEstimatorFactory());
        learnedOnly();
    }

    /** The held-out items that state no duration: what the learned part alone achieves. */
    private static void learnedOnly() {
        List<EvaluationSet.Row> rows = EvaluationSet.rows();
        int first = EvaluationSet.firstHeldOut(rows.size());
        long error = 0;
        long baselineError = 0;
        int n = 0;
        java.util.Map<Estimate.Confidence, long[]> byConfidence = new java.util.EnumMap<>(Estimate.Confidence.class);
        for (int i = first; i < rows.size(); i++) {
            if (rows.get(i).stated()) {
                continue;
            }
            List<TimedItem> earlier = rows.subList(0, i).stream().map(EvaluationSet.Row::item).toList();
            TimedItem actual = rows.get(i).item();
            Estimate estimate = new LearnedEstimatorFactory().train(earlier).estimate(actual.title(), actual.text());
            long median = MedianEstimator.median(earlier.stream().mapToLong(TimedItem::minutes).toArray());
            long e = Math.abs(estimate.minutes() - actual.minutes());
            error += e;
            baselineError += Math.abs(median - actual.minutes());
            n++;
            long[] c = byConfidence.computeIfAbsent(estimate.confidence(), k -> new long[2]);
            c[0]++;
            c[1] += e;
        }
        System.out.println(String.format(Locale.ROOT,
                "held-out items stating no duration: %d, MAE %.2f h, baseline MAE %.2f h, improvement %.1f %%", n,
                error / 60.0 / n, baselineError / 60.0 / n, (baselineError - error) * 100.0 / baselineError));
        byConfidence.forEach((confidence, c) -> System.out.println(String.format(Locale.ROOT,
                "  %s: %d items, MAE %.2f h", confidence, c[0], c[1] / 60.0 / c[0])));
    }

    private static void print(String what, List<TimedItem> items, double fraction) {
        print(what, items, fraction, new LearnedEstimatorFactory());
    }

    private static void print(String what, List<TimedItem> items, double fraction, EstimatorFactory factory) {
        BackTestResult r = new BackTest(factory, fraction).run(items);
        System.out.println(String.format(Locale.ROOT,
                "%s: %d items, %d predicted, MAE %.2f h, median AE %.2f h, baseline MAE %.2f h, improvement %.1f %%",
                what, items.size(), r.predicted(), r.meanAbsoluteErrorHours(), r.medianAbsoluteErrorHours(),
                r.baselineMeanAbsoluteErrorHours(), r.improvementPercent()));
    }
}
