package org.csh.reconciler.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContractTest {

    private static final BigDecimal TEN = new BigDecimal("10.00");

    @Test
    void wholeTermContractIsOnePeriod() {
        Contract contract = contract("2026-01-01", "2026-12-31", Recurrence.TERM);

        assertThat(contract.periodContaining(day("2026-07-14")))
                .contains(new ContractPeriod(day("2026-01-01"), day("2026-12-31"), TEN));
    }

    @Test
    void monthlyPeriodsAreCountedFromAMidMonthStart() {
        Contract contract = contract("2026-01-15", "2026-12-31", Recurrence.MONTH);

        assertThat(contract.periodContaining(day("2026-03-01")))
                .contains(new ContractPeriod(day("2026-02-15"), day("2026-03-14"), TEN));
    }

    @Test
    void firstMonthlyPeriodStartsOnTheContractStart() {
        Contract contract = contract("2026-01-15", "2026-12-31", Recurrence.MONTH);

        assertThat(contract.periodContaining(day("2026-01-15")))
                .contains(new ContractPeriod(day("2026-01-15"), day("2026-02-14"), TEN));
    }

    @Test
    void quarterlyPeriodsAreCountedFromTheStart() {
        Contract contract = contract("2027-01-01", "2027-12-31", Recurrence.QUARTER);

        assertThat(contract.periodContaining(day("2027-05-20")))
                .contains(new ContractPeriod(day("2027-04-01"), day("2027-06-30"), TEN));
    }

    @Test
    void yearlyPeriodsAreCountedFromTheStart() {
        Contract contract = contract("2026-04-01", "2029-03-31", Recurrence.YEAR);

        assertThat(contract.periodContaining(day("2028-03-31")))
                .contains(new ContractPeriod(day("2027-04-01"), day("2028-03-31"), TEN));
    }

    @Test
    void finalSubPeriodIsCutShortAtTheContractEnd() {
        Contract contract = contract("2026-01-01", "2026-11-15", Recurrence.QUARTER);

        assertThat(contract.periodContaining(day("2026-11-15")))
                .contains(new ContractPeriod(day("2026-10-01"), day("2026-11-15"), TEN));
    }

    @Test
    void dateAfterTheContractEndedHasNoPeriod() {
        Contract contract = contract("2026-01-01", "2026-12-31", Recurrence.MONTH);

        assertThat(contract.periodContaining(day("2027-01-01"))).isEmpty();
    }

    @Test
    void dateBeforeTheContractStartsHasNoPeriod() {
        Contract contract = contract("2026-01-01", "2026-12-31", Recurrence.TERM);

        assertThat(contract.periodContaining(day("2025-12-31"))).isEmpty();
    }

    @Test
    void monthlyPeriodsFromTheLastDayOfJanuaryFollowMonthEnds() {
        Contract contract = contract("2026-01-31", "2026-12-31", Recurrence.MONTH);

        assertThat(List.of(day("2026-02-27"), day("2026-02-28"), day("2026-03-30"), day("2026-03-31"), day("2026-04-30")))
                .map(d -> contract.periodContaining(d).orElseThrow())
                .extracting(ContractPeriod::start, ContractPeriod::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(day("2026-01-31"), day("2026-02-27")),
                        org.assertj.core.groups.Tuple.tuple(day("2026-02-28"), day("2026-03-30")),
                        org.assertj.core.groups.Tuple.tuple(day("2026-02-28"), day("2026-03-30")),
                        org.assertj.core.groups.Tuple.tuple(day("2026-03-31"), day("2026-04-29")),
                        org.assertj.core.groups.Tuple.tuple(day("2026-04-30"), day("2026-05-30")));
    }

    @Test
    void longMonthlyContractFindsTheRightPeriodDecadesLater() {
        Contract contract = contract("2000-01-31", "2099-12-31", Recurrence.MONTH);

        assertThat(contract.periodContaining(day("2090-03-15")))
                .contains(new ContractPeriod(day("2090-02-28"), day("2090-03-30"), TEN));
    }

    @Test
    void communityUsesWhicheverContractCoversTheDate() {
        Community community = new Community("Foo", List.of(), List.of(
                contract("2026-01-01", "2026-12-31", Recurrence.TERM),
                contract("2027-01-01", "2027-12-31", Recurrence.QUARTER)));

        assertThat(community.periodContaining(day("2027-05-20")))
                .contains(new ContractPeriod(day("2027-04-01"), day("2027-06-30"), TEN));
    }

    @Test
    void communityWithNoContractCoveringTheDateHasNoPeriod() {
        Community community = new Community("Foo", List.of(), List.of(contract("2026-01-01", "2026-06-30", Recurrence.TERM)));

        assertThat(community.periodContaining(day("2026-07-01"))).isEmpty();
    }

    private static Contract contract(String start, String end, Recurrence per) {
        return new Contract(day(start), day(end), TEN, per);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
