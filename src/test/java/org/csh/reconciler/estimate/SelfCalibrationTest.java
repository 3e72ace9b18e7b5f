package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The self-calibration: what the organisation's own back test shows best is used, never what loses to the median. */
class SelfCalibrationTest {

    private static final Instant START = Instant.parse("2025-01-01T09:00:00Z");
    private static final List<String> WORDS = List.of("hub", "user", "notebook", "server", "kernel", "cluster", "page",
            "config", "report", "node", "volume", "theme", "course", "login", "group", "budget", "review", "deploy");

    private final EstimatorFactory factory = new LearnedEstimatorFactory();

    @Test
    void theMedianIsChosenWhenTheTextCarriesNoSignal() {
        Random random = new Random(7);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            history.add(item(i, words(random, 6), List.of(30L, 60L, 90L, 120L, 240L).get(random.nextInt(5))));
        }

        Estimator estimator = factory.train(history);

        assertThat(estimator.backTest()).hasValueSatisfying(r -> {
            assertThat(r.chosen().orElseThrow()).startsWith("stated durations, else the median: no candidate beat the median");
            assertThat(r.improvementPercent()).isZero();
            assertThat(r.candidates().orElseThrow()).contains("vote of 40 similar items");
        });
        assertThat(estimator.estimate("Check the " + words(random, 4), "").basis()).startsWith("median of 120 timed items");
    }

    @Test
    void aLearnerIsChosenWhenTheTextTellsTheEffort() {
        Random random = new Random(11);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            boolean migration = random.nextBoolean();
            String title = (migration ? "Migrate the database of " : "Rename the page of ") + words(random, 3);
            history.add(item(i, title, migration ? 240 + 30L * random.nextInt(3) : 15 + 15L * random.nextInt(2)));
        }

        Estimator estimator = factory.train(history);

        assertThat(estimator.backTest()).hasValueSatisfying(r -> {
            assertThat(r.chosen().orElseThrow()).startsWith("stated durations, else ").endsWith(": chosen by back-test")
                    .doesNotContain("else the median");
            assertThat(r.improvementPercent()).isGreaterThan(50);
        });
        assertThat(estimator.estimate("Migrate the database of the " + words(random, 2), "").minutes())
                .isBetween(240L, 300L);
    }

    @Test
    void theTextModelIsChosenWhenTheLengthOfTheTextTellsTheEffort() {
        Random random = new Random(13);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int sentences = 1 + random.nextInt(8); // each sentence of the description is about 20 minutes of work
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                text.append("Then ").append(words(random, 5)).append(". ");
            }
            history.add(item(i, "Change the " + words(random, 2), text.toString(), 20L * sentences + 15L * random.nextInt(2)));
        }

        Estimator estimator = factory.train(history);

        assertThat(estimator.backTest()).hasValueSatisfying(r -> {
            assertThat(r.chosen().orElseThrow()).startsWith("stated durations, else text model").endsWith(": chosen by back-test");
            assertThat(r.improvementPercent()).isGreaterThan(30);
        });
        Estimate estimate = estimator.estimate("Change the " + words(random, 2), "Then " + words(random, 5) + ".");
        assertThat(estimate.basis()).startsWith("text model: ");
        assertThat(estimate.minutes()).isBetween(15L, 45L);
    }

    @Test
    void statedDurationsThatAreNotTheLoggedEffortAreNotTrusted() {
        Random random = new Random(3);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // the text names how long the nightly job runs; the work logged is something else
            history.add(item(i, "Nightly job " + words(random, 3), "The job runs for 10 minutes.", 180));
        }

        Estimator estimator = factory.train(history);

        assertThat(estimator.backTest()).hasValueSatisfying(r -> assertThat(r.chosen().orElseThrow())
                .contains("(stated durations not trusted)"));
        assertThat(estimator.estimate("Nightly job", "The job runs for 10 minutes.").minutes()).isEqualTo(180);
    }

    @Test
    void statedDurationsAreExactWhenTheHistoryGivesNoReasonToDoubtThem() {
        Random random = new Random(5);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            history.add(item(i, words(random, 5), 30 + 30L * random.nextInt(4)));
        }

        Estimate estimate = factory.train(history).estimate("Kick-off", "1h call, two of us");

        assertThat(estimate.minutes()).isEqualTo(120);
        assertThat(estimate.basis()).isEqualTo("explicit: \"1h call\" x 2 staff");
    }

    @Test
    void aShortHistoryIsNotBackTestedButSaysSo() {
        Estimator estimator = factory.train(List.of(item(0, "Quota bump", 15), item(1, "Workshop", 180)));

        assertThat(estimator.backTest()).hasValueSatisfying(r -> assertThat(r.chosen().orElseThrow()).contains("unproven"));
        assertThat(estimator.estimate("Call", "1h call, two of us").minutes()).isEqualTo(120);
    }

    @Test
    void theBackTestPredictsABoundedSampleOfTheLatestItems() {
        Random random = new Random(1);
        List<TimedItem> history = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            history.add(item(i, words(random, 4), 60));
        }

        assertThat(factory.train(history).backTest()).hasValueSatisfying(r ->
                assertThat(r.predicted()).isEqualTo(SelfCalibration.MAX_PREDICTED));
    }

    @Test
    void aCandidateMustBeatTheMedianByMoreThanTheNoise() {
        long[] floor = {60, 60, 60, 60, 60, 60, 60, 60, 60, 60};

        boolean[] beat = SelfCalibration.beatTheFloor(new long[][] {
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},             // better on every item
                {0, 120, 0, 120, 0, 110, 0, 120, 0, 120},   // as often worse as better
                floor.clone()}, floor);                     // the floor itself

        assertThat(beat).containsExactly(true, false, false);
    }

    @Test
    void manyCandidatesOfNoiseDoNotMakeOneOfThemPassByLuck() {
        Random random = new Random(2);
        int items = 200;
        long[] floor = new long[items];
        long[][] errors = new long[40][items];
        for (int i = 0; i < items; i++) {
            floor[i] = 30 + random.nextInt(120);
            for (int c = 0; c < errors.length; c++) {
                errors[c][i] = Math.max(0, floor[i] + random.nextInt(61) - 30); // no better than the floor, nor worse
            }
        }

        assertThat(SelfCalibration.beatTheFloor(errors, floor)).doesNotContain(true);
    }

    @Test
    void aSmallSteadyGainPassesWhenItHoldsOverManyItems() {
        Random random = new Random(4);
        int items = 300;
        long[] floor = new long[items];
        long[] errors = new long[items];
        for (int i = 0; i < items; i++) {
            floor[i] = 30 + random.nextInt(120);
            errors[i] = Math.max(0, floor[i] - 6 + random.nextInt(31) - 15); // 10 % better on average, noisy
        }

        assertThat(SelfCalibration.beatTheFloor(new long[][] {errors}, floor)).containsExactly(true);
    }

    private static TimedItem item(int day, String title, long minutes) {
        return item(day, title, "", minutes);
    }

    private static TimedItem item(int day, String title, String text, long minutes) {
        return new TimedItem("https://github.com/org/repo/issues/" + day, title, text, minutes,
                START.plus(day, ChronoUnit.DAYS));
    }

    private static String words(Random random, int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return words.toString();
    }
}
