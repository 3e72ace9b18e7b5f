package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csh.reconciler.estimate.TimedItems.history;

import java.util.List;

import org.csh.reconciler.estimate.Estimate.Confidence;
import org.junit.jupiter.api.Test;

class ExplicitOrMedianEstimatorFactoryTest {

    private final EstimatorFactory factory = new ExplicitOrMedianEstimatorFactory();

    @Test
    void statedDurationTimesStaffIsTrustedHighly() {
        Estimator estimator = factory.train(history(30, 45, 90));

        Estimate estimate = estimator.estimate("Onboarding", "1h call x 2 staff");

        assertThat(estimate).isEqualTo(new Estimate(120, "explicit: \"1h call\" x 2 staff", Confidence.HIGH));
    }

    @Test
    void statedDurationWithoutStaffSaysNoMultiplier() {
        Estimate estimate = factory.train(history(30)).estimate("Onboarding call [30min]", "");

        assertThat(estimate).isEqualTo(new Estimate(30, "explicit: \"30min\"", Confidence.HIGH));
    }

    @Test
    void separatePiecesAreQuotedTogether() {
        Estimate estimate = factory.train(List.of()).estimate("Setup", "30 min prep + 1h call + 15 min follow-up");

        assertThat(estimate.minutes()).isEqualTo(105);
        assertThat(estimate.basis()).isEqualTo("explicit: \"30 min prep + 1h call + 15 min follow-up\"");
    }

    @Test
    void withoutAStatedDurationGuessesTheMedianOfTimedItems() {
        Estimator estimator = factory.train(history(30, 90, 120, 60, 600));

        Estimate estimate = estimator.estimate("Helped with the SSO setup", "Done");

        assertThat(estimate).isEqualTo(new Estimate(90, "median of 5 timed items (1.5 h)", Confidence.LOW));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Estimate estimate = factory.train(history(60, 30, 15, 10)).estimate("Untimed", "");

        assertThat(estimate).isEqualTo(new Estimate(23, "median of 4 timed items (0.38 h)", Confidence.LOW));
    }

    @Test
    void itemsLoggedAsZeroAreNotLearnedFrom() {
        Estimate estimate = factory.train(history(0, 0, 0, 120)).estimate("Untimed", "");

        assertThat(estimate.basis()).isEqualTo("median of 1 timed item (2 h)");
    }

    @Test
    void withNoHistoryGuessesTheDefault() {
        Estimate estimate = factory.train(List.of()).estimate("Untimed", "");

        assertThat(estimate).isEqualTo(new Estimate(60, "default 1 h (no timed items to learn from)", Confidence.LOW));
    }

    @Test
    void defaultIsConfigurable() {
        Estimate estimate = new ExplicitOrMedianEstimatorFactory(15, 480).train(null).estimate(null, null);

        assertThat(estimate).isEqualTo(new Estimate(15, "default 0.25 h (no timed items to learn from)", Confidence.LOW));
    }

    @Test
    void statedDurationAboveTheCapIsCappedAndSaysSo() {
        Estimate estimate = factory.train(List.of()).estimate("Migration workshop", "6 hours with 2 engineers");

        assertThat(estimate).isEqualTo(new Estimate(480,
                "explicit: \"6 hours\" x 2 staff, 12 h capped at 8 h", Confidence.HIGH));
    }

    @Test
    void medianAboveTheCapIsCapped() {
        Estimate estimate = new ExplicitOrMedianEstimatorFactory(60, 120).train(history(300, 360, 420))
                .estimate("Untimed", "");

        assertThat(estimate).isEqualTo(new Estimate(120,
                "median of 3 timed items (6 h), 6 h capped at 2 h", Confidence.LOW));
    }

    @Test
    void estimatesAtTheCapAreNotMarkedCapped() {
        Estimate estimate = factory.train(List.of()).estimate("", "8 hours on site");

        assertThat(estimate.minutes()).isEqualTo(480);
        assertThat(estimate.basis()).doesNotContain("capped");
    }

    @Test
    void sameInputGivesTheSameEstimate() {
        List<TimedItem> history = history(45, 30, 120, 60, 90, 15);

        Estimate first = factory.train(history).estimate("Call", "two 1-hour calls, both of us");
        Estimate second = new ExplicitOrMedianEstimatorFactory().train(List.copyOf(history))
                .estimate("Call", "two 1-hour calls, both of us");

        assertThat(second).isEqualTo(first).isEqualTo(new Estimate(240,
                "explicit: \"two 1-hour calls\" x 2 staff", Confidence.HIGH));
    }

    @Test
    void historyOrderDoesNotChangeTheMedian() {
        Estimate forwards = factory.train(history(10, 20, 30, 40)).estimate("x", "");
        Estimate backwards = factory.train(history(40, 30, 20, 10)).estimate("x", "");

        assertThat(forwards).isEqualTo(backwards);
    }

    @Test
    void rejectsANegativeDefaultOrANonPositiveCap() {
        assertThatThrownBy(() -> new ExplicitOrMedianEstimatorFactory(-1, 480))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExplicitOrMedianEstimatorFactory(60, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
