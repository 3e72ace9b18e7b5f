package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.csh.reconciler.estimate.TimedItems.history;
import static org.csh.reconciler.estimate.TimedItems.timed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackTestTest {

    private final BackTest backTest = new BackTest(new ExplicitOrMedianEstimatorFactory());

    @Test
    void medianEstimatorOnItemsWithoutTextMatchesTheBaseline() {
        // 10 items: the first 3 only train, the other 7 are predicted by the median of those before them
        BackTestResult result = backTest.run(history(60, 30, 90, 60, 120, 30, 60, 60, 90, 60));

        assertThat(result.predicted()).isEqualTo(7);
        assertThat(result.meanAbsoluteErrorHours()).isEqualTo(result.baselineMeanAbsoluteErrorHours());
        assertThat(result.improvementPercent()).isZero();
    }

    @Test
    void reportsMeanAndMedianAbsoluteErrorInHours() {
        // trains on [60] then predicts 120 (error 60), then [60,120] -> 90 predicts 30 (error 60),
        // then [60,120,30] -> 60 predicts 60 (error 0)
        BackTestResult result = new BackTest(new ExplicitOrMedianEstimatorFactory(), 0.25)
                .run(history(60, 120, 30, 60));

        assertThat(result.predicted()).isEqualTo(3);
        assertThat(result.meanAbsoluteErrorHours()).isCloseTo(120 / 60.0 / 3, within(1e-9));
        assertThat(result.medianAbsoluteErrorHours()).isEqualTo(1.0);
    }

    @Test
    void statedDurationsBeatTheMedian() {
        List<TimedItem> items = List.of(
                timed(0, "Kick-off", 60),
                timed(1, "Review", 60),
                timed(2, "Review", 60),
                timed(3, "Workshop (3 hours)", 180),
                timed(4, "Quick check [15min]", 15),
                timed(5, "Planning", 60),
                timed(6, "Two-day audit, 4h", 240));

        BackTestResult result = backTest.run(items);

        assertThat(result.predicted()).isEqualTo(4);
        assertThat(result.meanAbsoluteErrorHours()).isZero();
        assertThat(result.baselineMeanAbsoluteErrorHours()).isCloseTo((120 + 45 + 0 + 180) / 60.0 / 4, within(1e-9));
        assertThat(result.improvementPercent()).isEqualTo(100.0);
    }

    @Test
    void itemsArePredictedInOrderOfCompletionWhateverTheInputOrder() {
        List<TimedItem> items = new ArrayList<>(history(60, 30, 90, 60, 120, 30, 60, 60, 90, 60));
        BackTestResult inOrder = backTest.run(items);

        Collections.reverse(items);

        assertThat(backTest.run(items)).isEqualTo(inOrder);
    }

    @Test
    void tooFewItemsPredictNothing() {
        assertThat(backTest.run(history(60))).isEqualTo(new BackTestResult(0, 0, 0, 0, 0));
        assertThat(backTest.run(List.of())).isEqualTo(new BackTestResult(0, 0, 0, 0, 0));
    }
}
