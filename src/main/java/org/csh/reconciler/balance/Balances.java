package org.csh.reconciler.balance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csh.reconciler.contract.ClosestNames;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.store.StatusSnapshot;

/**
 * The balance staff check before logging: each community's contracted, used and remaining hours, from the stored
 * figures of the last completed run, so that it needs no API call and no token.
 */
public final class Balances {

    private final Communities known;
    private final Duration maxAge;

    /**
     * @param known  the contracts file's communities, for their aliases; empty when contracts come from Asana
     * @param maxAge figures older than this are flagged as stale
     */
    public Balances(Communities known, Duration maxAge) {
        this.known = known;
        this.maxAge = maxAge;
    }

    /**
     * @param latest the last completed run's figures ({@code StatusHistory.latestFigures()})
     * @param asked  one community's name or alias in any case; empty for every community
     * @throws BalanceUnavailableException when no run has completed, or no community is called {@code asked}
     */
    public Balance of(List<StatusSnapshot> latest, Optional<String> asked, Instant now) {
        if (latest.isEmpty()) {
            throw new BalanceUnavailableException("no completed run yet, so there is no balance to show: run the job"
                    + " first (the same command without --balance), then ask again");
        }
        StatusSnapshot run = latest.get(0);
        List<StatusSnapshot> shown = asked.isPresent() ? List.of(named(asked.get(), latest)) : latest;
        List<BalanceLine> lines = shown.stream()
                .sorted(Comparator.comparing(s -> s.community().toLowerCase(Locale.ROOT)))
                .map(Balances::line)
                .toList();
        Duration age = Duration.between(run.completedAt(), now);
        return new Balance(lines, run.from(), run.to(), run.completedAt(), age, maxAge);
    }

    private static BalanceLine line(StatusSnapshot figures) {
        Optional<BigDecimal> remaining = figures.contractedHours().map(c -> c.subtract(figures.usedHours()));
        return new BalanceLine(figures.community(), figures.periodStart(), figures.periodEnd(),
                figures.contractedHours(), figures.usedHours(), remaining, figures.status());
    }

    /** By the file's names and aliases first, then by the stored names (communities no contract lists). */
    private StatusSnapshot named(String asked, List<StatusSnapshot> latest) {
        Optional<String> listed = known.bySpelling(asked).map(Community::name);
        String name = listed.orElse(asked.strip());
        Optional<StatusSnapshot> found = latest.stream()
                .filter(s -> s.community().equalsIgnoreCase(name))
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        if (listed.isPresent()) {
            throw new BalanceUnavailableException("--balance: the run completed " + latest.get(0).completedAt()
                    + " has no figures for '" + name + "' (added to the contracts file since?); run the job again");
        }
        throw new BalanceUnavailableException("--balance: no community '" + asked + "' in the last run; "
                + ClosestNames.suggestions(asked, everyName(latest)));
    }

    private Communities everyName(List<StatusSnapshot> latest) {
        List<Community> all = new ArrayList<>(known.all());
        for (StatusSnapshot figures : latest) {
            if (known.bySpelling(figures.community()).isEmpty()) {
                all.add(new Community(figures.community(), List.of(), List.of()));
            }
        }
        return new Communities(all);
    }
}
