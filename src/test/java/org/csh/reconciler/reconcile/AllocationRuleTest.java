package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;

import org.csh.reconciler.contract.Recurrence;
import org.junit.jupiter.api.Test;

/** Rule 8: Hours Total is the allocation of the CSH task's period, checked against the contracts file. */
class AllocationRuleTest {

    private static final String MARS = "Mars University";

    private Org quarterly() {
        return new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 10, Recurrence.QUARTER);
    }

    @Test
    void oneYearlyTaskOfAQuarterlyContractIsAllocatedFourQuarters() {
        Org org = quarterly().cshTask(MARS, "Community Success Hours 2026", "2026-01-01", "2026-12-31", "40");

        assertThat(org.reconcile("2026-11-01", "2026-11-30").findings()).isEmpty();
    }

    @Test
    void aYearlyTaskAllocatedOneQuarterIsTotalMismatchSayingBothFigures() {
        Org org = quarterly().cshTask(MARS, "Community Success Hours 2026", "2026-01-01", "2026-12-31", "10");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Community Success Hours 2026", "Hours Total 10 h",
                        "2026-01-01 – 2026-12-31", "contract gives 40 h", "4 periods"));
    }

    @Test
    void fourQuarterlyTasksEachAllocatedTheirQuarterAreFine() {
        Org org = quarterly()
                .cshTask(MARS, "Community Success Hours – Q1 2026", "2026-01-01", "2026-03-31", "10")
                .cshTask(MARS, "Community Success Hours – Q2 2026", "2026-04-01", "2026-06-30", "10")
                .cshTask(MARS, "Community Success Hours – Q3 2026", "2026-07-01", "2026-09-30", "10")
                .cshTask(MARS, "Community Success Hours – Q4 2026", "2026-10-01", "2026-12-31", "10");

        assertThat(org.reconcile("2026-11-01", "2026-11-30").findings()).isEmpty();
    }

    @Test
    void aQuarterlyTaskAllocatedTooLittleIsTheOnlyMismatch() {
        Org org = quarterly()
                .cshTask(MARS, "Community Success Hours – Q3 2026", "2026-07-01", "2026-09-30", "10")
                .cshTask(MARS, "Community Success Hours – Q4 2026", "2026-10-01", "2026-12-31", "8");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Q4 2026", "Hours Total 8 h", "contract gives 10 h"));
    }

    @Test
    void aPeriodNotStartingAndEndingWithContractPeriodsIsTotalMismatchNamingThem() {
        Org org = quarterly().cshTask(MARS, "Community Success Hours – winter", "2026-11-15", "2027-02-14", "10");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("2026-11-15 – 2027-02-14",
                        "does not start and end where contract periods", "2026-10-01 – 2026-12-31"));
    }

    @Test
    void aTaskWithNoPeriodIsCheckedAgainstThePeriodContainingTo() {
        Org org = quarterly().hoursTotal(MARS, "40").engagement(MARS);

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Hours Total 40 h", "2026-10-01 – 2026-12-31",
                        "contract gives 10 h"));
    }

    @Test
    void aCommunityWithNoContractHasNoAllocationToCheck() {
        Org org = quarterly().cshTask("Glacier Consortium", "Community Success Hours", "2026-01-01", "2026-12-31", "7");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).isEmpty();
    }

    @Test
    void anHoursTotalThatIsTextOrNegativeIsInvalidData() {
        Org org = quarterly()
                .cshTask(MARS, "Community Success Hours – Q3 2026", "2026-07-01", "2026-09-30", "ten")
                .cshTask(MARS, "Community Success Hours – Q4 2026", "2026-10-01", "2026-12-31", "-10");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.INVALID_DATA))
                .extracting(Finding::detail)
                .anySatisfy(d -> assertThat(d).contains("Q3 2026", "'ten' is not a number"))
                .anySatisfy(d -> assertThat(d).contains("Q4 2026", "-10 h is negative"));
    }
}
