package org.csh.reconciler.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.store.StatusSnapshot;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;

class BalancesTest {

    static final Instant COMPLETED = Instant.parse("2026-12-02T02:00:00Z");
    static final Communities FILE = new Communities(List.of(
            new Community("Example University", List.of("ExampleU"), List.of()),
            new Community("Coastal Ecology Lab", List.of(), List.of())));
    static final List<StatusSnapshot> LAST_RUN = List.of(
            contracted("Example University", "40", "42.50", Status.EXCEEDING),
            contracted("Coastal Ecology Lab", "8", "3.00", Status.OK),
            withoutContract("Digital Humanities Guild", "2.50"));

    final Balances balances = new Balances(FILE, Duration.ofHours(36));

    @Test
    void remainingIsContractedLessUsedAndNegativeWhenOver() {
        Balance balance = balances.of(LAST_RUN, Optional.empty(), COMPLETED.plusSeconds(3600));

        assertThat(balance.lines()).extracting(BalanceLine::community, BalanceLine::remaining).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Coastal Ecology Lab", Optional.of(new BigDecimal("5.00"))),
                org.assertj.core.groups.Tuple.tuple("Digital Humanities Guild", Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Example University", Optional.of(new BigDecimal("-2.50"))));
        assertThat(balance.figuresTo()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(balance.stale()).isFalse();
    }

    @Test
    void anAliasInAnyCaseNamesOneCommunity() {
        Balance balance = balances.of(LAST_RUN, Optional.of(" exampleu "), COMPLETED);

        assertThat(balance.lines()).extracting(BalanceLine::community).containsExactly("Example University");
    }

    @Test
    void aCommunityNoContractListsIsFoundByItsStoredName() {
        Balance balance = balances.of(LAST_RUN, Optional.of("digital humanities guild"), COMPLETED);

        assertThat(balance.lines()).extracting(BalanceLine::status).containsExactly(Status.NO_CONTRACT);
    }

    @Test
    void aMisspeltNameSuggestsTheClosestOfEveryKnownName() {
        assertThatThrownBy(() -> balances.of(LAST_RUN, Optional.of("Digital Humanites"), COMPLETED))
                .isInstanceOf(BalanceUnavailableException.class)
                .hasMessage("--balance: no community 'Digital Humanites' in the last run;"
                        + " did you mean 'Digital Humanities Guild'?");
    }

    @Test
    void noCompletedRunMeansNoBalance() {
        assertThatThrownBy(() -> balances.of(List.of(), Optional.empty(), COMPLETED))
                .isInstanceOf(BalanceUnavailableException.class)
                .hasMessageStartingWith("no completed run yet");
    }

    @Test
    void figuresOlderThanTheMaximumAgeAreStale() {
        assertThat(balances.of(LAST_RUN, Optional.empty(), COMPLETED.plus(Duration.ofHours(36))).stale()).isFalse();
        assertThat(balances.of(LAST_RUN, Optional.empty(), COMPLETED.plus(Duration.ofHours(37))).stale()).isTrue();
    }

    static StatusSnapshot contracted(String community, String contracted, String used, Status status) {
        return new StatusSnapshot(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), COMPLETED, community, status,
                new BigDecimal(used), Optional.of(new BigDecimal(contracted)), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(LocalDate.of(2026, 12, 31)));
    }

    static StatusSnapshot withoutContract(String community, String used) {
        return new StatusSnapshot(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), COMPLETED, community,
                Status.NO_CONTRACT, new BigDecimal(used), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
