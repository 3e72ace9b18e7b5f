package org.csh.reconciler.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csh.reconciler.hours.Minutes;

/**
 * Guesses untimed work from the organisation's own timed work: the timed items most like it in title and
 * description ({@code similar: #812, #790 (median 1.5 h)}), else the usual effort of its kind of work
 * ({@code prior: workshop (median of 14 timed, 3 h)}), else the median of everything timed.
 * The fallback behind {@link ExplicitFirstEstimator}; same history and text, same answer.
 */
public final class SimilarWorkEstimator implements Estimator {

    /** How many of the most similar timed items vote. */
    static final int NEIGHBOURS = 5;
    /** Below this cosine similarity a timed item shares words with the text, not the kind of work. */
    static final double MIN_SIMILARITY = 0.2;
    /** A nearest neighbour this similar is trusted over the kind's prior. */
    static final double STRONG_SIMILARITY = 0.4;
    /** A nearest neighbour this similar, agreeing with the others, is a close match. */
    static final double CLOSE_SIMILARITY = 0.6;
    /** A kind needs this many timed items before its own median replaces the built-in guess. */
    static final int MIN_ITEMS_FOR_PRIOR = 5;

    private static final Pattern GITHUB_ISSUE = Pattern.compile("^https://github\\.com/[^/]+/[^/]+/issues/(\\d+)/?$");

    private final List<TimedItem> items;
    private final long[] minutes;
    private final SimilarityIndex index;
    private final Map<WorkKind, Prior> priors;
    private final Estimate median;

    private SimilarWorkEstimator(List<TimedItem> items, SimilarityIndex index, Map<WorkKind, Prior> priors,
            Estimate median) {
        this.items = items;
        this.minutes = items.stream().mapToLong(TimedItem::minutes).toArray();
        this.index = index;
        this.priors = priors;
        this.median = median;
    }

    /**
     * Learns from the items with time logged; items logged as zero minutes are left out, because work that took no
     * time is not a fair guess for completed work nobody timed.
     *
     * @param defaultMinutes the guess when nothing was ever timed
     */
    public static SimilarWorkEstimator trainedOn(List<TimedItem> history, long defaultMinutes) {
        if (defaultMinutes < 0) {
            throw new IllegalArgumentException("the default estimate is never negative: " + defaultMinutes + " min");
        }
        List<TimedItem> items = history == null ? List.of() : history.stream()
                .filter(Objects::nonNull)
                .filter(i -> i.minutes() > 0)
                .sorted(Comparator.comparing(TimedItem::url, Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .toList();
        List<WorkText> texts = items.stream().map(SimilarWorkEstimator::read).toList();
        Map<WorkKind, List<Long>> byKind = new EnumMap<>(WorkKind.class);
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            texts.get(i).kind().ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(items.get(at).minutes()));
        }
        Map<WorkKind, Prior> priors = new EnumMap<>(WorkKind.class);
        for (WorkKind kind : WorkKind.values()) {
            List<Long> timed = byKind.getOrDefault(kind, List.of());
            priors.put(kind, timed.size() >= MIN_ITEMS_FOR_PRIOR
                    ? new Prior(MedianEstimator.median(timed.stream().mapToLong(Long::longValue).toArray()), timed.size())
                    : new Prior(kind.builtInMinutes(), timed.size()));
        }
        return new SimilarWorkEstimator(items, new SimilarityIndex(texts), priors,
                MedianEstimator.trainedOn(items, defaultMinutes).estimate("", ""));
    }

    private static WorkText read(TimedItem item) {
        return WorkText.withKind(item.title(), item.text());
    }

    @Override
    public Estimate estimate(String title, String text) {
        WorkText query = WorkText.withKind(title, text);
        List<Neighbour> neighbours = nearest(query);
        Optional<WorkKind> kind = query.kind();
        boolean strong = !neighbours.isEmpty() && neighbours.get(0).similarity >= STRONG_SIMILARITY;
        if (strong || (!neighbours.isEmpty() && kind.isEmpty())) {
            return similar(neighbours);
        }
        if (kind.isPresent()) {
            return prior(kind.get());
        }
        return median;
    }

    /** The most similar timed items above the floor, most similar first; equal scores in order of URL. */
    private List<Neighbour> nearest(WorkText query) {
        if (index.size() == 0) {
            return List.of();
        }
        float[] scores = index.scores(query);
        List<Neighbour> best = new ArrayList<>(NEIGHBOURS + 1);
        for (int d = 0; d < scores.length; d++) {
            if (scores[d] < MIN_SIMILARITY) {
                continue;
            }
            // items are sorted by URL, so a later item only displaces an earlier one with a strictly higher score
            if (best.size() == NEIGHBOURS && scores[d] <= best.get(NEIGHBOURS - 1).similarity) {
                continue;
            }
            Neighbour n = new Neighbour(items.get(d), minutes[d], scores[d]);
            int at = best.size();
            while (at > 0 && best.get(at - 1).similarity < n.similarity) {
                at--;
            }
            best.add(at, n);
            if (best.size() > NEIGHBOURS) {
                best.remove(NEIGHBOURS);
            }
        }
        return best;
    }

    private Estimate similar(List<Neighbour> neighbours) {
        long guess = weightedMedian(neighbours);
        String names = neighbours.stream().map(n -> shortUrl(n.item.url())).collect(Collectors.joining(", "));
        return new Estimate(guess, "similar: " + names + " (median " + Minutes.format(guess) + ")",
                confidence(neighbours));
    }

    /** Close and in agreement is HIGH; a strong match is MEDIUM; a weak one (no kind to fall back on) is LOW. */
    private static Estimate.Confidence confidence(List<Neighbour> neighbours) {
        Neighbour nearest = neighbours.get(0);
        if (nearest.similarity < STRONG_SIMILARITY) {
            return Estimate.Confidence.LOW;
        }
        long low = neighbours.stream().mapToLong(Neighbour::minutes).min().orElse(0);
        long high = neighbours.stream().mapToLong(Neighbour::minutes).max().orElse(0);
        boolean agree = neighbours.size() >= 2 && high <= 2 * low;
        return nearest.similarity >= CLOSE_SIMILARITY && agree ? Estimate.Confidence.HIGH : Estimate.Confidence.MEDIUM;
    }

    private Estimate prior(WorkKind kind) {
        Prior prior = priors.get(kind);
        if (prior.timed >= MIN_ITEMS_FOR_PRIOR) {
            return new Estimate(prior.minutes, "prior: " + kind.label() + " (median of " + prior.timed + " timed, "
                    + Minutes.format(prior.minutes) + ")", Estimate.Confidence.MEDIUM);
        }
        return new Estimate(prior.minutes, "prior: " + kind.label() + " (built-in " + Minutes.format(prior.minutes)
                + ", " + prior.timed + " timed)", Estimate.Confidence.LOW);
    }

    /** The minutes where half the similarity weight lies below; ties in minutes in order of URL. */
    static long weightedMedian(List<Neighbour> neighbours) {
        List<Neighbour> sorted = new ArrayList<>(neighbours);
        sorted.sort(Comparator.comparingLong(Neighbour::minutes).thenComparing(n -> n.item.url(),
                Comparator.nullsLast(Comparator.<String>naturalOrder())));
        double total = sorted.stream().mapToDouble(Neighbour::similarity).sum();
        double running = 0;
        for (Neighbour n : sorted) {
            running += n.similarity;
            if (running >= total / 2) {
                return n.minutes;
            }
        }
        return sorted.get(sorted.size() - 1).minutes;
    }

    /** {@code #812} for a GitHub issue, as people write it; any other link in full. */
    static String shortUrl(String url) {
        if (url == null) {
            return "?";
        }
        Matcher m = GITHUB_ISSUE.matcher(url);
        return m.matches() ? "#" + m.group(1) : url;
    }

    record Neighbour(TimedItem item, long minutes, double similarity) {
    }

    private record Prior(long minutes, int timed) {
    }
}
