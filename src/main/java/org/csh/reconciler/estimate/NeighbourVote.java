package org.csh.reconciler.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.csh.reconciler.hours.Minutes;

/**
 * The similar-work vote of many neighbours: the similarity-weighted median of the hours of the {@code k} timed items
 * most like the text (TF-IDF cosine). With many voters it estimates the median effort of work like this one, which
 * is what minimises the absolute error; the self-calibration picks {@code k} by back-testing, so an organisation
 * whose text says little about effort ends up with a vote close to its plain median, or with the median itself.
 *
 * <p>One trained vote answers for every {@code k} up to {@link #MAX_NEIGHBOURS}, so the back test compares several
 * sizes for the cost of one index.
 */
final class NeighbourVote {

    /** The sizes of vote the self-calibration tries; the largest bounds the work of one query. */
    static final List<Integer> SIZES = List.of(10, 20, 40, 80);
    static final int MAX_NEIGHBOURS = 80;
    /** How many of the voters a basis names; the rest are counted. */
    private static final int NAMED = 3;

    private final List<TimedItem> items;
    private final SimilarityIndex index;
    private final Estimate median;
    private Query lastQuery;

    private NeighbourVote(List<TimedItem> items, Estimate median) {
        this.items = items;
        this.index = new SimilarityIndex(items.stream().map(i -> WorkText.withKind(i.title(), i.text())).toList());
        this.median = median;
    }

    /** Learns from the items with time logged (zero-minute items left out, as for the median). */
    static NeighbourVote trainedOn(List<TimedItem> history, long defaultMinutes) {
        List<TimedItem> items = history.stream()
                .filter(Objects::nonNull)
                .filter(i -> i.minutes() > 0)
                .sorted(Comparator.comparing(TimedItem::url, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
        return new NeighbourVote(items, MedianEstimator.trainedOn(items, defaultMinutes).estimate("", ""));
    }

    /**
     * The vote of the {@code k} most similar items, as an estimator. Votes of several sizes from one trained vote
     * share its index, and one query asked of each in turn is scored once.
     */
    Estimator ofSize(int k) {
        if (k < 1 || k > MAX_NEIGHBOURS) {
            throw new IllegalArgumentException("a vote has 1 to " + MAX_NEIGHBOURS + " neighbours: " + k);
        }
        return (title, text) -> estimate(nearest(title, text), k);
    }

    private List<Neighbour> nearest(String title, String text) {
        synchronized (this) {
            if (lastQuery != null && Objects.equals(lastQuery.title(), title) && Objects.equals(lastQuery.text(), text)) {
                return lastQuery.nearest();
            }
        }
        List<Neighbour> nearest = nearest(WorkText.withKind(title, text));
        synchronized (this) {
            lastQuery = new Query(title, text, nearest);
        }
        return nearest;
    }

    /** The most similar items sharing a word with the text, most similar first, equal scores in order of URL. */
    List<Neighbour> nearest(WorkText query) {
        if (index.size() == 0) {
            return List.of();
        }
        float[] scores = index.scores(query);
        List<Neighbour> best = new ArrayList<>(MAX_NEIGHBOURS + 1);
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] <= 0 || (best.size() == MAX_NEIGHBOURS && scores[d] <= best.get(MAX_NEIGHBOURS - 1).similarity())) {
                continue; // items are sorted by URL: a later one displaces an earlier only with a strictly higher score
            }
            Neighbour n = new Neighbour(items.get(d), scores[d]);
            int at = best.size();
            while (at > 0 && best.get(at - 1).similarity() < n.similarity()) {
                at--;
            }
            best.add(at, n);
            if (best.size() > MAX_NEIGHBOURS) {
                best.remove(MAX_NEIGHBOURS);
            }
        }
        return best;
    }

    Estimate estimate(List<Neighbour> nearest, int k) {
        List<Neighbour> voters = nearest.subList(0, Math.min(k, nearest.size()));
        if (voters.isEmpty()) {
            return median; // no timed item shares a word with the text
        }
        long guess = weightedMedian(voters);
        String named = voters.stream().limit(NAMED).map(n -> SimilarWorkEstimator.shortUrl(n.item().url()))
                .collect(Collectors.joining(", "));
        String more = voters.size() > NAMED ? " and " + (voters.size() - NAMED) + " more" : "";
        return new Estimate(guess, "vote of " + voters.size() + " similar: " + named + more
                + " (weighted median " + Minutes.format(guess) + ")", Estimate.Confidence.MEDIUM);
    }

    /** The minutes where half the similarity weight lies below; ties in minutes in order of URL. */
    private static long weightedMedian(List<Neighbour> voters) {
        List<Neighbour> sorted = new ArrayList<>(voters);
        sorted.sort(Comparator.comparingLong((Neighbour n) -> n.item().minutes()).thenComparing(n -> n.item().url(),
                Comparator.nullsLast(Comparator.<String>naturalOrder())));
        double total = sorted.stream().mapToDouble(Neighbour::similarity).sum();
        double running = 0;
        for (Neighbour n : sorted) {
            running += n.similarity();
            if (running >= total / 2) {
                return n.item().minutes();
            }
        }
        return sorted.get(sorted.size() - 1).item().minutes();
    }

    record Neighbour(TimedItem item, double similarity) {
    }

    private record Query(String title, String text, List<Neighbour> nearest) {
    }
}
