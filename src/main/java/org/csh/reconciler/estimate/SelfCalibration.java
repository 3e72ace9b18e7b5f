package org.csh.reconciler.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses, on every training, how to estimate the organisation's untimed work: it back-tests the candidates on the
 * organisation's own timed items in time order (each predicted item learned only from items completed before it)
 * and keeps the one with the smallest mean absolute error, but only when it beats always guessing the median by
 * more than the noise of that comparison, judged for the best of all candidates at once ({@link #beatTheFloor}), and
 * still beats it on the latest block; otherwise the median itself.
 *
 * <p>Stated durations are judged apart, on every timed item that states one (reading a duration learns nothing):
 * they are trusted unless at least {@link #MIN_STATED_TO_JUDGE} items state one and those durations were, in
 * total, further from the logged time than the median was. CSH text ("1h call, two of us") means what it says;
 * issue text ("a 30 second timeout") usually does not.
 *
 * <p>The cost is bounded whatever the history: at most {@link #MAX_PREDICTED} of the latest items are predicted,
 * by at most {@link #MAX_TRAININGS} trainings of each candidate.
 */
final class SelfCalibration {

    /** The share of the timed items, the latest, that the back test predicts. */
    static final double PREDICTED_FRACTION = 0.3;
    static final int MAX_PREDICTED = 500;
    static final int MAX_TRAININGS = 4;
    /** Fewer predicted items than this say too little to choose by; the default learner is then used, unproven. */
    static final int MIN_PREDICTED = 10;
    /**
     * The chance, when no candidate is better than the floor, that one of them is chosen all the same: the one-sided
     * level of the test, made over the best of all candidates at once ({@link #beatTheFloor}).
     */
    static final double SIGNIFICANCE = 0.05;
    /** How many random sign flips of the paired gains the test draws; fixed seed, so the same back test, the same answer. */
    static final int SIGN_FLIPS = 2_000;
    private static final long SEED = 14;
    static final int MIN_STATED_TO_JUDGE = 5;

    private static final String MEDIAN = "the median";

    private final DurationParser parser;
    private final long defaultMinutes;
    private final long maxMinutes;

    SelfCalibration(DurationParser parser, long defaultMinutes, long maxMinutes) {
        this.parser = parser;
        this.defaultMinutes = defaultMinutes;
        this.maxMinutes = maxMinutes;
    }

    /** A way of estimating what states no duration, learned from the timed items it is given. */
    private record Candidate(String name, Function<Learned, Estimator> learner) {
    }

    /** What the candidates learn from one history; the votes of every size share one index. */
    private final class Learned {
        private final List<TimedItem> history;
        private final TextModel.Reader reader;
        private NeighbourVote vote;
        private TextModel.Training text;

        Learned(List<TimedItem> history, TextModel.Reader reader) {
            this.history = history;
            this.reader = reader;
        }

        NeighbourVote vote() {
            if (vote == null) {
                vote = NeighbourVote.trainedOn(history, defaultMinutes);
            }
            return vote;
        }

        TextModel.Training text() {
            if (text == null) {
                text = new TextModel.Training(history, defaultMinutes, reader);
            }
            return text;
        }
    }

    private List<Candidate> candidates() {
        List<Candidate> candidates = new ArrayList<>();
        // the default first: it wins ties, and it is what a history too short to back-test gets
        candidates.add(new Candidate("similar work (5 nearest, else the kind of work's prior)",
                l -> SimilarWorkEstimator.trainedOn(l.history, defaultMinutes)));
        for (int k : NeighbourVote.SIZES) {
            candidates.add(new Candidate("vote of " + k + " similar items", l -> l.vote().ofSize(k)));
        }
        candidates.add(new Candidate("text model (the text's shape)",
                l -> l.text().fit(false)));
        candidates.add(new Candidate("text model (the text's shape and its words' past effort)",
                l -> l.text().fit(true)));
        return candidates;
    }

    Estimator train(List<TimedItem> history) {
        List<TimedItem> items = new ArrayList<>(history == null ? List.of() : history.stream()
                .filter(Objects::nonNull).filter(i -> i.minutes() > 0).toList());
        items.sort(BackTest.BY_COMPLETION);
        long[] actual = items.stream().mapToLong(TimedItem::minutes).toArray();
        OptionalLong[] stated = items.stream().map(i -> stated(i.title(), i.text())).toArray(OptionalLong[]::new);
        boolean trustStated = trustStated(actual, stated);
        List<Candidate> candidates = candidates();
        TextModel.Reader reader = new TextModel.Reader(); // reads each item once, whatever the trainings

        int predicted = Math.min(MAX_PREDICTED, (int) Math.ceil(items.size() * PREDICTED_FRACTION));
        int first = items.size() - predicted;
        if (first < 1) {
            return chosen(items, reader, trustStated, Optional.of(candidates.get(0)),
                    new BackTestResult(0, 0, 0, 0, 0, Optional.of(describe(trustStated,
                            Optional.of(candidates.get(0))) + ": unproven, too few timed items to back-test ("
                            + items.size() + ")"), Optional.empty()));
        }
        long[] baseline = new long[predicted];
        long[] floor = new long[predicted];
        long[][] errors = new long[candidates.size()][predicted];
        int block = (predicted + MAX_TRAININGS - 1) / MAX_TRAININGS;
        for (int from = first; from < items.size(); from += block) {
            List<TimedItem> earlier = List.copyOf(items.subList(0, from));
            long median = Math.min(maxMinutes, MedianEstimator.median(Arrays.copyOf(actual, from)));
            Learned learned = new Learned(earlier, reader);
            List<Estimator> trained = candidates.stream().map(c -> c.learner().apply(learned)).toList();
            for (int i = from; i < Math.min(from + block, items.size()); i++) {
                TimedItem item = items.get(i);
                int at = i - first;
                baseline[at] = Math.abs(median - actual[i]);
                boolean useStated = trustStated && stated[i].isPresent();
                long statedError = useStated ? Math.abs(stated[i].getAsLong() - actual[i]) : 0;
                floor[at] = useStated ? statedError : baseline[at];
                for (int c = 0; c < trained.size(); c++) {
                    errors[c][at] = useStated ? statedError
                            : Math.abs(capped(trained.get(c).estimate(item.title(), item.text()).minutes()) - actual[i]);
                }
            }
        }
        Optional<Integer> best = best(errors, floor, block);
        if (predicted < MIN_PREDICTED) {
            best = Optional.of(0);
        }
        long[] chosenErrors = best.map(b -> errors[b]).orElse(floor);
        Optional<Candidate> chosen = best.map(candidates::get);
        String verdict = predicted < MIN_PREDICTED
                ? ": unproven, too few timed items to choose by back-test (" + predicted + " predicted)"
                : chosen.isPresent() ? ": chosen by back-test" : ": no candidate beat the median by more than the noise";
        String scores = scores(candidates, errors, floor, baseline, trustStated);
        BackTestResult result = result(chosenErrors, baseline, describe(trustStated, chosen) + verdict, scores);
        return chosen(items, reader, trustStated, chosen, result);
    }

    /** Trusted unless enough items state a duration and those were further off, in total, than the median. */
    private boolean trustStated(long[] actual, OptionalLong[] stated) {
        if (actual.length == 0) {
            return true;
        }
        long median = MedianEstimator.median(actual);
        int count = 0;
        long statedError = 0;
        long medianError = 0;
        for (int i = 0; i < actual.length; i++) {
            if (stated[i].isPresent()) {
                count++;
                statedError += Math.abs(stated[i].getAsLong() - actual[i]);
                medianError += Math.abs(median - actual[i]);
            }
        }
        return count < MIN_STATED_TO_JUDGE || statedError <= medianError;
    }

    /**
     * The candidate with the smallest total error among those that beat the floor by more than the noise, and still
     * beat it on the latest block of items: an advantage that has faded by now is not one to count on.
     */
    private static Optional<Integer> best(long[][] errors, long[] floor, int latestBlock) {
        boolean[] beat = beatTheFloor(errors, floor);
        Optional<Integer> best = Optional.empty();
        long bestTotal = Long.MAX_VALUE;
        for (int c = 0; c < errors.length; c++) {
            long total = Arrays.stream(errors[c]).sum();
            int latest = Math.max(0, errors[c].length - latestBlock);
            boolean stillBeats = Arrays.stream(floor, latest, floor.length).sum()
                    > Arrays.stream(errors[c], latest, floor.length).sum();
            if (beat[c] && stillBeats && total < bestTotal) {
                best = Optional.of(c);
                bestTotal = total;
            }
        }
        return best;
    }

    /**
     * Which candidates beat the floor by more than the noise, judged as a test of the best of them (a sign-flip
     * "reality check"): each candidate's paired gains over the floor, item by item, are summed and divided by the
     * root of their sum of squares; a candidate passes when that statistic exceeds what the largest of them reaches
     * in all but {@link #SIGNIFICANCE} of the back tests where each item's gains change sign at random, together for
     * all candidates. When no candidate is better than the floor, the gains are as likely negative as positive, so
     * the chance that any passes is {@link #SIGNIFICANCE} however many candidates are compared; and because the flips
     * keep the candidates' likeness to one another (votes of 20 and 40 items err alike), five alike candidates cost
     * little more than one, unlike a penalty per candidate.
     */
    static boolean[] beatTheFloor(long[][] errors, long[] floor) {
        int k = errors.length;
        int n = floor.length;
        double[][] gains = new double[n][k]; // by item, then candidate: one item's gains flip together
        double[] observed = new double[k];
        double[] norms = new double[k];
        for (int c = 0; c < k; c++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double gain = floor[i] - errors[c][i];
                gains[i][c] = gain;
                sum += gain;
                squares += gain * gain;
            }
            norms[c] = Math.sqrt(squares);
            observed[c] = norms[c] == 0 ? 0 : sum / norms[c];
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] largest = new double[SIGN_FLIPS];
        double[] sums = new double[k];
        for (int b = 0; b < SIGN_FLIPS; b++) {
            Arrays.fill(sums, 0);
            long signs = 0;
            for (int i = 0; i < n; i++) {
                if (i % 64 == 0) {
                    signs = random.nextLong();
                }
                double[] g = gains[i];
                if ((signs >>> (i % 64) & 1) == 0) {
                    for (int c = 0; c < k; c++) {
                        sums[c] += g[c];
                    }
                } else {
                    for (int c = 0; c < k; c++) {
                        sums[c] -= g[c];
                    }
                }
            }
            double max = 0;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, norms[c] == 0 ? 0 : sums[c] / norms[c]);
            }
            largest[b] = max;
        }
        Arrays.sort(largest);
        double critical = largest[(int) Math.ceil((1 - SIGNIFICANCE) * SIGN_FLIPS) - 1];
        boolean[] beat = new boolean[k];
        for (int c = 0; c < k; c++) {
            beat[c] = observed[c] > 0 && observed[c] > critical;
        }
        return beat;
    }

    private Estimator chosen(List<TimedItem> items, TextModel.Reader reader, boolean trustStated,
            Optional<Candidate> chosen, BackTestResult result) {
        Estimator fallback = chosen.<Estimator>map(c -> c.learner().apply(new Learned(items, reader)))
                .orElseGet(() -> MedianEstimator.trainedOn(items, defaultMinutes));
        Estimator estimator = trustStated ? new ExplicitFirstEstimator(parser, fallback, maxMinutes)
                : (title, text) -> ExplicitFirstEstimator.capped(fallback.estimate(title, text), maxMinutes);
        return new Calibrated(estimator, result);
    }

    private OptionalLong stated(String title, String text) {
        return parser.parse(title, text).map(d -> OptionalLong.of(capped(d.totalMinutes()))).orElse(OptionalLong.empty());
    }

    private long capped(long minutes) {
        return Math.min(minutes, maxMinutes);
    }

    private static String describe(boolean trustStated, Optional<Candidate> chosen) {
        String learner = chosen.map(Candidate::name).orElse(MEDIAN);
        return trustStated ? "stated durations, else " + learner : learner + " (stated durations not trusted)";
    }

    private static String scores(List<Candidate> candidates, long[][] errors, long[] floor, long[] baseline,
            boolean trustStated) {
        List<String> scores = new ArrayList<>();
        scores.add(MEDIAN + " " + hours(baseline));
        if (trustStated) {
            scores.add("stated durations, else the median " + hours(floor));
        }
        for (int c = 0; c < candidates.size(); c++) {
            scores.add(candidates.get(c).name() + " " + hours(errors[c]));
        }
        return scores.stream().collect(Collectors.joining("; ", "mean absolute error: ", ""));
    }

    private static String hours(long[] errors) {
        return String.format(Locale.ROOT, "%.2f h", BackTest.meanHours(errors));
    }

    private static BackTestResult result(long[] errors, long[] baseline, String chosen, String candidates) {
        double mean = BackTest.meanHours(errors);
        double baselineMean = BackTest.meanHours(baseline);
        double improvement = baselineMean == 0 ? 0 : (baselineMean - mean) / baselineMean * 100;
        return new BackTestResult(errors.length, mean, BackTest.medianHours(errors), baselineMean, improvement,
                Optional.of(chosen), Optional.of(candidates));
    }

    /** The chosen estimator, carrying the back test that chose it. */
    private record Calibrated(Estimator estimator, BackTestResult result) implements Estimator {

        @Override
        public Estimate estimate(String title, String text) {
            return estimator.estimate(title, text);
        }

        @Override
        public Optional<BackTestResult> backTest() {
            return Optional.of(result);
        }
    }
}
