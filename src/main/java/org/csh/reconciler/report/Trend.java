package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.csh.reconciler.history.StatusSnapshot;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * {@code Used %} per community over the last runs, this one last: the table behind the Trend sheet.
 *
 * @param communities every community of any run shown, in report order
 */
record Trend(List<Run> runs, List<String> communities) {

    /** One completed run: its range and each community's {@code Used %} (0–100+) where it had a contract. */
    record Run(LocalDate from, LocalDate to, Map<String, BigDecimal> usedPercent) {

        Optional<BigDecimal> usedPercent(String community) {
            return Optional.ofNullable(usedPercent.get(community));
        }
    }

    /**
     * The last {@code runs} runs: the history's runs (a run of the current range is left out, since this run
     * replaces it) followed by the current result.
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
        List<Run> shown = List.copyOf(all.subList(Math.max(0, all.size() - runs), all.size()));

        // communities that never had a Used % (no contract) would only add empty lines to the chart
        TreeSet<String> names = new TreeSet<>(WorkbookWriter.BY_NAME);
        shown.forEach(run -> names.addAll(run.usedPercent().keySet()));
        return new Trend(shown, List.copyOf(names));
    }

    private record RunKey(LocalDate from, LocalDate to, Instant completedAt) {
        RunKey {
            Objects.requireNonNull(completedAt);
        }
    }
}
