package org.csh.reconciler.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ContractPeriodTest {

    private final ContractPeriod april = new ContractPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), BigDecimal.TEN);

    @Test
    void lengthCountsBothEnds() {
        assertThat(april.lengthInDays()).isEqualTo(91);
    }

    @Test
    void oneDayPeriodLastsOneDay() {
        LocalDate day = LocalDate.of(2026, 1, 1);

        assertThat(new ContractPeriod(day, day, BigDecimal.ONE).lengthInDays()).isEqualTo(1);
    }

    @Test
    void firstDayHasOneDayElapsed() {
        assertThat(april.daysElapsed(LocalDate.of(2027, 4, 1))).isEqualTo(1);
    }

    @Test
    void daysElapsedIncludeTheGivenDate() {
        assertThat(april.daysElapsed(LocalDate.of(2027, 5, 20))).isEqualTo(50);
    }

    @Test
    void dateBeforeThePeriodHasNoDaysElapsed() {
        assertThat(april.daysElapsed(LocalDate.of(2027, 3, 31))).isZero();
    }

    @Test
    void dateAfterThePeriodHasTheWholePeriodElapsed() {
        assertThat(april.daysElapsed(LocalDate.of(2027, 12, 31))).isEqualTo(91);
    }
}
