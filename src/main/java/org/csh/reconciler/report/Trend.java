package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.csh.reconciler.store.StatusSnapshot;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * {@code Used %} per community over the last runs, in date order: the table behind the Trend sheet.
 *
 * @param runs        the runs shown, by their {@code to} date (then {@code from}), oldest first
 * @param communities every community of any run shown, in name order
 * @param charted     the communities the chart draws a line for: at most {@link #MAX_LINES}, those this run
 *                    flags first
 */
record Trend(List<Run> runs, List<String> communities, List<String> charted) {

    /** More lines than this (and colours a reader can tell apart) make a chart nobody can follow. */
    static final int MAX_LINES = 10;

    private static final Comparator<Run> BY_DATE = Comparator.comparing(Run::to).thenComparing(Run::from);

    /** One completed run: its range and each community's {@code Used %} (0–100+) where it had a contract. */
    record Run(LocalDate from, LocalDate to, Map<String, BigDecimal> usedPercent) {

        Optional<BigDecimal> usedPercent(String community) {
            return Optional.ofNullable(usedPercent.get(community));
        }
    }

    /**
     * The last {@code runs} runs completed: the history's runs (a run of the current range is left out, since this
     * run replaces it) and the current result, shown in date order, since runs for other ranges can come in any.
     */
    static Trend of(List<StatusSnapshot> history, ReconcileResult current, int runs) {
        Map<RunKey, Map<String, BigDecimal>> earlier = new LinkedHashMap<>();
        for (StatusSnapshot snapshot : history) {
            if (snapshot.from().equals(current.from()) && snapshot.to().equals(current.to())) {
                continue;
            }
            Map<String, BigDecimal> figures = earlier.computeIfAbsent(
                    new RunKey(snapshot.from(), snapshot.to(), snapshot.completedAt()), key -> new LinkedHashMap<>());
            snapshot.usedPercent().ifPresent(percent -> figures.put(snapshot.community(), percent));
        }
        List<Run> all = new ArrayList<>();
        earlier.forEach((key, figures) -> all.add(new Run(key.from(), key.to(), figures)));
        Map<String, BigDecimal> now = new LinkedHashMap<>();
        for (CommunityStatus status : current.communities()) {
            status.usedPercent().ifPresent(percent -> now.put(status.community(), percent));
        }
        all.add(new Run(current.from(), current.to(), now));
        List<Run> shown = all.subList(Math.max(0, all.size() - runs), all.size()).stream().sorted(BY_DATE).toList();

        // communities that never had a Used % (no contract) would only add empty lines to the chart
        TreeSet<String> names = new TreeSet<>(WorkbookWriter.BY_NAME);
        shown.forEach(run -> names.addAll(run.usedPercent().keySet()));
        return new Trend(shown, List.copyOf(names), charted(names, current));
    }

    /** The flagged communities of this run in Summary order, then the others by name, up to {@link #MAX_LINES}. */
    private static List<String> charted(Set<String> names, ReconcileResult current) {
        Set<String> charted = new LinkedHashSet<>();
        for (CommunityStatus status : WorkbookWriter.flaggedFirst(current.communities())) {
            if (charted.size() < MAX_LINES && status.isFlagged() && names.contains(status.community())) {
                charted.add(status.community());
            }
        }
        for (String name : names) {
            if (charted.size() >= MAX_LINES) {
                break;
            }
            charted.add(name);
        }
        return List.copyOf(charted);
    }

    private record RunKey(LocalDate from, LocalDate to, Instant completedAt) {
        RunKey {
            Objects.requireNonNull(completedAt);
        }
    }
}
