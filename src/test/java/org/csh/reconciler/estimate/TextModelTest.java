package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.csh.reconciler.hours.Minutes;
import org.junit.jupiter.api.Test;

class TextModelTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aLongerDescriptionGetsMoreWhenTheHistorySaysSo() {
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int words = 5 + 10 * (i % 8);
            history.add(timed(i, "Change " + i, "word ".repeat(words), 15L * (1 + i % 8)));
        }

        TextModel model = TextModel.trainedOn(history, 60, false);
        Estimate short_ = model.estimate("Change", "word ".repeat(5));
        Estimate long_ = model.estimate("Change", "word ".repeat(75));

        assertThat(short_.minutes()).isBetween(10L, 25L);
        assertThat(long_.minutes()).isBetween(100L, 120L);
        assertThat(long_.basis()).startsWith("text model: 75 description words x").contains("(typical ")
                .endsWith("): " + Minutes.format(long_.minutes()));
    }

    @Test
    void theWordsPastEffortIsLearnedWithoutEachItemsOwnEffort() {
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean migration = i % 3 == 0;
            history.add(timed(i, (migration ? "Migrate schema " : "Rename label ") + i, "", migration ? 480 : 30));
        }

        TextModel model = TextModel.trainedOn(history, 60, true);

        assertThat(model.estimate("Migrate schema of billing", "").minutes()).isGreaterThan(240);
        assertThat(model.estimate("Rename label of billing", "").minutes()).isLessThan(60);
        assertThat(model.estimate("Migrate schema of billing", "").basis()).contains("words' past effort x");
    }

    @Test
    void withNothingToLearnFromItAnswersTheDefault() {
        assertThat(TextModel.trainedOn(List.of(), 60, true).estimate("Anything", "").minutes()).isEqualTo(60);
    }

    @Test
    void neverAnswersMoreThanWasEverLogged() {
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(timed(i, "Change " + i, "word ".repeat(1 + i), 10L + 10 * i));
        }

        assertThat(TextModel.trainedOn(history, 60, false).estimate("Change", "word ".repeat(5_000)).minutes())
                .isLessThanOrEqualTo(300);
    }

    private static TimedItem timed(int day, String title, String text, long minutes) {
        return new TimedItem("https://github.com/org/repo/issues/" + day, title, text, minutes,
                START.plus(day, ChronoUnit.DAYS));
    }
}
