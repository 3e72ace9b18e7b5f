package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.csh.reconciler.estimate.Estimate.Confidence;
import org.junit.jupiter.api.Test;

class SimilarWorkEstimatorTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    private static TimedItem timed(int number, String title, String text, long minutes) {
        return new TimedItem("https://github.com/org/repo/issues/" + number, title, text, minutes,
                START.plus(number, ChronoUnit.DAYS));
    }

    private final List<TimedItem> history = List.of(
            timed(1, "Add xarray to the GeoHub image", "Added the package to environment.yml and rebuilt", 30),
            timed(2, "Add cartopy to the Ocean Lab image", "Added the package to environment.yml, rebuilt", 45),
            timed(3, "Grant co-writing session with ExampleU", "Wrote the infrastructure section of the proposal", 240),
            timed(4, "Grant proposal: budget justification", "Co-wrote the budget justification", 300),
            timed(5, "Storage quota question", "Home directory full, raised the quota", 15),
            timed(6, "GPU quota increase", "Raised the GPU limit", 20));

    @Test
    void namesTheMostSimilarTimedItemsAndTheirMedian() {
        Estimate estimate = SimilarWorkEstimator.trainedOn(history, 60)
                .estimate("Add geopandas to the GeoHub image", "Added the package to environment.yml and rebuilt");

        assertThat(estimate.minutes()).isIn(30L, 45L);
        assertThat(estimate.basis()).startsWith("similar: #1, #2").endsWith(")");
        assertThat(estimate.confidence()).isNotEqualTo(Confidence.LOW);
    }

    @Test
    void fallsBackOnTheKindOfWorkWhenNothingIsSimilar() {
        Estimate estimate = SimilarWorkEstimator.trainedOn(history, 60)
                .estimate("Hackathon", "Ran the hackathon for the summer school");

        assertThat(estimate).isEqualTo(new Estimate(180, "prior: workshop (built-in 3 h, 0 timed)", Confidence.LOW));
    }

    @Test
    void learnsTheKindsPriorFromEnoughTimedItemsOfThatKind() {
        List<TimedItem> workshops = new ArrayList<>();
        long[] minutes = {120, 150, 150, 240, 300};
        for (int i = 0; i < minutes.length; i++) {
            workshops.add(timed(10 + i, "Workshop " + (char) ('a' + i), "", minutes[i]));
        }

        Estimate estimate = SimilarWorkEstimator.trainedOn(workshops, 60).estimate("Bootcamp day", "Carpentries bootcamp");

        assertThat(estimate).isEqualTo(new Estimate(150, "prior: workshop (median of 5 timed, 2.5 h)",
                Confidence.MEDIUM));
    }

    @Test
    void guessesTheMedianWhenNeitherTextNorKindHelps() {
        Estimate estimate = SimilarWorkEstimator.trainedOn(history, 60).estimate("Misc", "zzz");

        assertThat(estimate).isEqualTo(new Estimate(38, "median of 6 timed items (0.63 h)", Confidence.LOW));
    }

    @Test
    void guessesTheDefaultWithNoHistory() {
        Estimate estimate = SimilarWorkEstimator.trainedOn(List.of(), 60).estimate("Misc", "zzz");

        assertThat(estimate.minutes()).isEqualTo(60);
        assertThat(estimate.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void sameHistoryInAnyOrderGivesTheSameEstimate() {
        List<TimedItem> shuffled = new ArrayList<>(history);
        Collections.reverse(shuffled);

        Estimate forward = SimilarWorkEstimator.trainedOn(history, 60).estimate("Add a package to the image", "");
        Estimate backward = SimilarWorkEstimator.trainedOn(shuffled, 60).estimate("Add a package to the image", "");

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void equallySimilarItemsAreNamedInOrderOfUrl() {
        List<TimedItem> twins = List.of(timed(9, "Office hours", "", 60), timed(7, "Office hours", "", 60),
                timed(8, "Office hours", "", 60));

        Estimate estimate = SimilarWorkEstimator.trainedOn(twins, 60).estimate("Office hours", "");

        assertThat(estimate.basis()).isEqualTo("similar: #7, #8, #9 (median 1 h)");
        assertThat(estimate.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void namesAsanaTasksByTheirFullAddress() {
        assertThat(SimilarWorkEstimator.shortUrl("https://app.asana.com/0/1/2")).isEqualTo("https://app.asana.com/0/1/2");
        assertThat(SimilarWorkEstimator.shortUrl("https://github.com/o/r/issues/812")).isEqualTo("#812");
    }

    @Test
    void learnedEstimatesAreCappedAndAStatedDurationComesFirst() {
        List<TimedItem> long_ = List.of(timed(1, "Data migration", "", 900), timed(2, "Data migration", "", 900));
        Estimator estimator = new LearnedEstimatorFactory(60, 480).train(long_);

        assertThat(estimator.estimate("Data migration", "").minutes()).isEqualTo(480);
        assertThat(estimator.estimate("Data migration", "took 2 hours").minutes()).isEqualTo(120);
    }
}
