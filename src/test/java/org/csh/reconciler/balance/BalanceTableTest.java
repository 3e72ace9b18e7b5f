package org.csh.reconciler.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BalanceTableTest {

    final Balances balances = new Balances(BalancesTest.FILE, Duration.ofHours(36));

    @Test
    void columnsLineUpAndHoursHaveTwoDecimals() {
        Balance balance = balances.of(BalancesTest.LAST_RUN, Optional.empty(),
                BalancesTest.COMPLETED.plus(Duration.ofMinutes(75)));

        assertThat(BalanceTable.render(balance, ZoneId.of("Europe/Berlin"))).isEqualTo("""
                Hours used to 2026-12-02, from the run completed 2026-12-02 03:00 CET (1 hour 15 minutes ago)
                Community                 Period                    Contracted   Used  Remaining  Status
                Coastal Ecology Lab       2026-10-01 to 2026-12-31        8.00   3.00       5.00  OK
                Digital Humanities Guild  no contract                        -   2.50          -  NO_CONTRACT
                Example University        2026-10-01 to 2026-12-31       40.00  42.50      -2.50  EXCEEDING
                """);
    }

    @Test
    void staleFiguresAreHeadedByAWarningSayingHowOld() {
        Balance balance = balances.of(BalancesTest.LAST_RUN, Optional.of("ExampleU"),
                BalancesTest.COMPLETED.plus(Duration.ofHours(50)));

        assertThat(BalanceTable.render(balance, ZoneId.of("UTC")).lines().toList().get(1))
                .isEqualTo("WARNING: these figures are 2 days 2 hours old, more than csh.balance.max-age"
                        + " (1 day 12 hours): the nightly run may have failed; hours logged since are not in them");
    }

    @Test
    void agesReadAsAPersonSaysThem() {
        assertThat(BalanceTable.ages(Duration.ofSeconds(20))).isEqualTo("less than a minute");
        assertThat(BalanceTable.ages(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(BalanceTable.ages(Duration.ofMinutes(120))).isEqualTo("2 hours");
        assertThat(BalanceTable.ages(Duration.ofDays(1).plusMinutes(59))).isEqualTo("1 day");
    }
}
