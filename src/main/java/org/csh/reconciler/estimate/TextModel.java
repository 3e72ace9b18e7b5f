package org.csh.reconciler.estimate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.csh.reconciler.hours.Minutes;

/**
 * Estimates the median effort of work with text like this one: a {@link MedianRegression} of the logged minutes (on
 * a log scale: the median of the log is the log of the median, and effort is skewed) on the text's {@link TextShape}
 * and, optionally, on the effort its words have meant before. An organisation whose text carries no signal gets
 * coefficients near zero and an answer near its median; the self-calibration then keeps the median itself.
 *
 * <p>The words' effort is a shrunk average: each word's mean log effort above or below the median over the items that
 * used it, pulled toward zero as if {@link #WORD_PRIOR} more items of median effort had used it, averaged over the
 * text's words that timed items used (a word never seen says nothing). On the items it learns from, each item's own
 * effort is left out of its words' averages (as if it were new), so that the regression weighs the feature as it
 * will behave on untimed work.
 *
 * <p>Basis: {@code text model: 140 description words x1.40, words' past effort x1.20, code or stack trace x1.10 (typical
 * 2 h): 3.4 h}, the factors being what each feature multiplies the typical item's effort by.
 */
final class TextModel implements Estimator {

    /** The shrinkage of the standardised coefficients, in items' worth of absolute log error. */
    static final double LAMBDA = 10;
    /** A word's effort counts as if this many more items of median effort had used it. */
    static final double WORD_PRIOR = 10;
    /** How many of the features with the largest effect a basis names. */
    private static final int NAMED = 3;
    private static final String WORDS_FEATURE = "words' past effort";

    private final MedianRegression regression;
    private final boolean useWords;
    private final Map<String, Integer> wordIds;
    private final double[] wordEffort;
    private final long mostLogged;
    private final Estimate median;

    private TextModel(MedianRegression regression, boolean useWords, Map<String, Integer> wordIds, double[] wordEffort,
            long mostLogged, Estimate median) {
        this.regression = regression;
        this.useWords = useWords;
        this.wordIds = wordIds;
        this.wordEffort = wordEffort;
        this.mostLogged = mostLogged;
        this.median = median;
    }

    /**
     * Learns from the items with time logged (zero-minute items left out, as for the median).
     *
     * @param useWords whether the words' past effort is a feature, beside the text's shape
     */
    static TextModel trainedOn(List<TimedItem> history, long defaultMinutes, boolean useWords) {
        return new Training(history, defaultMinutes, new Reader()).fit(useWords);
    }

    /**
     * Reads timed items once however many trainings learn from them (the self-calibration trains on the same items
     * several times): their shape, and their words as numbers.
     */
    static final class Reader {

        private final Map<String, Integer> wordIds = new HashMap<>();
        private final Map<TimedItem, Read> read = new IdentityHashMap<>();

        private Read of(TimedItem item) {
            Read r = read.get(item);
            if (r == null) {
                Set<String> words = WorkText.withKind(item.title(), item.text()).termCounts().keySet();
                int[] ids = new int[words.size()];
                int at = 0;
                for (String word : words) {
                    ids[at++] = wordIds.computeIfAbsent(word, k -> wordIds.size());
                }
                r = new Read(TextShape.of(item.title(), item.text()), ids);
                read.put(item, r);
            }
            return r;
        }
    }

    private record Read(TextShape shape, int[] words) {
    }

    /** One history read once, its features shared by the models fitted on it (with and without the words). */
    static final class Training {

        private final Estimate median;
        private final long mostLogged;
        private final double[] y;
        private final double[][] withWords;
        private final Map<String, Integer> wordIds;
        /** By word id: the word's shrunk effort, or NaN for a word this history never used. */
        private final double[] wordEffort;

        Training(List<TimedItem> history, long defaultMinutes, Reader reader) {
            List<TimedItem> items = history.stream().filter(Objects::nonNull).filter(i -> i.minutes() > 0)
                    .sorted(Comparator.comparing(TimedItem::url, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                    .toList();
            median = MedianEstimator.trainedOn(items, defaultMinutes).estimate("", "");
            mostLogged = items.stream().mapToLong(TimedItem::minutes).max().orElse(defaultMinutes);
            int n = items.size();
            y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.log(items.get(i).minutes());
            }
            double centre = Math.log(Math.max(1, median.minutes()));
            List<Read> read = items.stream().map(reader::of).toList();
            wordIds = reader.wordIds;
            double[] sums = new double[wordIds.size()]; // by word: the sum of (y - centre) over the items using it
            int[] counts = new int[wordIds.size()];
            for (int i = 0; i < n; i++) {
                for (int id : read.get(i).words()) {
                    sums[id] += y[i] - centre;
                    counts[id]++;
                }
            }
            withWords = new double[n][];
            for (int i = 0; i < n; i++) {
                double left = y[i] - centre; // the item's own effort, left out of its words' averages
                double score = 0;
                int known = 0;
                for (int id : read.get(i).words()) {
                    if (counts[id] > 1) { // a word no other item used is one a new text could not have been judged by
                        score += (sums[id] - left) / (counts[id] - 1 + WORD_PRIOR);
                        known++;
                    }
                }
                withWords[i] = TextModel.withWords(read.get(i).shape().values(), known == 0 ? 0 : score / known);
            }
            wordEffort = new double[wordIds.size()];
            for (int id = 0; id < wordEffort.length; id++) {
                wordEffort[id] = counts[id] == 0 ? Double.NaN : sums[id] / (counts[id] + WORD_PRIOR);
            }
        }

        TextModel fit(boolean useWords) {
            if (y.length == 0) {
                return new TextModel(null, useWords, Map.of(), new double[0], mostLogged, median);
            }
            double[][] x = useWords ? withWords : Arrays.stream(withWords)
                    .map(row -> Arrays.copyOf(row, TextShape.NAMES.size())).toArray(double[][]::new);
            return new TextModel(MedianRegression.fit(x, y, LAMBDA), useWords, wordIds, wordEffort,
                    mostLogged, median);
        }
    }

    @Override
    public Estimate estimate(String title, String text) {
        if (regression == null) {
            return median;
        }
        TextShape shape = TextShape.of(title, text);
        double[] x = shape.values();
        if (useWords) {
            Set<String> words = WorkText.withKind(title, text).termCounts().keySet();
            double score = 0;
            int known = 0;
            for (String word : words) {
                Integer id = wordIds.get(word);
                if (id != null && id < wordEffort.length && !Double.isNaN(wordEffort[id])) {
                    score += wordEffort[id];
                    known++;
                }
            }
            x = withWords(x, known == 0 ? 0 : score / known);
        }
        // never beyond what was ever logged: a straight line on a log scale runs away for an unusually long text
        long minutes = Math.max(1, Math.min(mostLogged, Math.round(Math.exp(regression.predict(x)))));
        return new Estimate(minutes, basis(shape, x, minutes), Estimate.Confidence.MEDIUM);
    }

    /** The typical item's effort and the factors of the features that moved this one furthest from it. */
    private String basis(TextShape shape, double[] x, long minutes) {
        double[] effect = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            effect[j] = Math.abs(regression.contribution(x, j));
        }
        StringBuilder basis = new StringBuilder("text model: ");
        int named = 0;
        for (; named < NAMED; named++) {
            int largest = -1;
            for (int j = 0; j < x.length; j++) {
                if (effect[j] >= 0.005 && (largest < 0 || effect[j] > effect[largest])) {
                    largest = j;
                }
            }
            if (largest < 0) {
                break;
            }
            double factor = Math.exp(regression.contribution(x, largest));
            basis.append(named == 0 ? "" : ", ").append(describe(shape, largest))
                    .append(String.format(Locale.ROOT, " x%.2f", factor));
            effect[largest] = 0;
        }
        long typical = Math.max(1, Math.round(Math.exp(regression.intercept())));
        return basis.append(named == 0 ? "a typical text" : "").append(" (typical ").append(Minutes.format(typical))
                .append("): ").append(Minutes.format(minutes)).toString();
    }

    private static String describe(TextShape shape, int j) {
        return j < TextShape.NAMES.size() ? shape.describe(j) : WORDS_FEATURE;
    }

    private static double[] withWords(double[] shape, double words) {
        double[] x = Arrays.copyOf(shape, shape.length + 1);
        x[shape.length] = words;
        return x;
    }
}
