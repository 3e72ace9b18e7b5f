package org.csh.reconciler.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ContractProperties {

    @Property
    void periodHoldingADateContainsItAndLiesWithinTheContract(
            @ForAll("contracts") Contract contract, @ForAll @IntRange(min = -40, max = 4040) int daysAfterStart) {
        LocalDate date = contract.start().plusDays(daysAfterStart);

        var period = contract.periodContaining(date);

        if (contract.covers(date)) {
            assertThat(period).hasValueSatisfying(p -> {
                assertThat(p.contains(date)).isTrue();
                assertThat(p.start()).isAfterOrEqualTo(contract.start());
                assertThat(p.end()).isBeforeOrEqualTo(contract.end()).isAfterOrEqualTo(p.start());
                assertThat(p.hours()).isEqualTo(contract.hours());
            });
        } else {
            assertThat(period).isEmpty();
        }
    }

    @Property
    void subPeriodsTileTheContractWithoutGapsOrOverlaps(@ForAll("contracts") Contract contract) {
        List<ContractPeriod> periods = periodsOf(contract);

        assertThat(periods.get(0).start()).isEqualTo(contract.start());
        assertThat(periods.get(periods.size() - 1).end()).isEqualTo(contract.end());
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
    }

    @Property
    void everySubPeriodButTheLastLastsOneWholeMonthQuarterOrYear(@ForAll("contracts") Contract contract) {
        List<ContractPeriod> periods = periodsOf(contract);

        for (ContractPeriod period : periods.subList(0, periods.size() - 1)) {
            assertThat(period.lengthInDays()).isBetween(shortest(contract.per()), longest(contract.per()));
        }
        assertThat(periods.get(periods.size() - 1).lengthInDays()).isBetween(1L, longest(contract.per()));
    }

    @Provide
    Arbitrary<Contract> contracts() {
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 365 * 120)
                .map(days -> LocalDate.of(1990, 1, 1).plusDays(days));
        // the 29th to 31st are where month arithmetic goes wrong, so they get a generous share
        Arbitrary<LocalDate> lateInMonth = Combinators.combine(
                        Arbitraries.integers().between(1990, 2100), Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(28, 31))
                .as((year, month, day) -> YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth())));
        return Combinators.combine(
                        Arbitraries.oneOf(anyDay, lateInMonth),
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.of(Recurrence.class))
                .as((start, lengthInDays, per) -> new Contract(start, start.plusDays(lengthInDays), BigDecimal.TEN, per));
    }

    private static List<ContractPeriod> periodsOf(Contract contract) {
        List<ContractPeriod> periods = new ArrayList<>();
        LocalDate day = contract.start();
        while (!day.isAfter(contract.end())) {
            ContractPeriod period = contract.periodContaining(day).orElseThrow();
            assertThat(period.start()).as("period holding %s", day).isEqualTo(day);
            periods.add(period);
            day = period.end().plusDays(1);
        }
        return periods;
    }

    private static long shortest(Recurrence per) {
        switch (per) {
            case MONTH: return 28;
            case QUARTER: return 89;
            case YEAR: return 365;
            default: return 1;
        }
    }

    private static long longest(Recurrence per) {
        switch (per) {
            case MONTH: return 31;
            case QUARTER: return 92;
            case YEAR: return 366;
            default: return 4001;
        }
    }
}
