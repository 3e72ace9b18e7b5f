package org.csh.reconciler.estimate;

import java.util.List;
import java.util.Locale;

/**
 * Prints the back-test figures of docs/ESTIMATION.md: on the tuning part (the oldest 70 %, itself split 70/30) and on
 * the held-out part (the latest 30 %, each item predicted from all items before it). Run with
 * {@code mvn -B -o -q test-compile exec:java -Dexec.mainClass=org.csh.reconciler.estimate.EstimatorEvaluation
 * -Dexec.classpathScope=test}.
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
