package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.status;

import java.time.LocalDate;

import org.csh.reconciler.contract.Recurrence;
import org.junit.jupiter.api.Test;

/** Rule 6: a community's status for the contract period containing the run's to date. */
class ContractStatusTest {

    private static final String EU = "Example University";

    private Org yearly(int hours) {
        return new Org().community(EU, "ExampleU").contract(EU, "2026-01-01", "2026-12-31", hours).engagement(EU);
    }

    private static Org.TaskBuilder hours(double h, String completedOn) {
        return task("Work on " + completedOn).actualMinutes(h * 60).completed(completedOn + "T12:00:00Z");
    }

    @Test
    void usingMoreThanContractedIsExceeding() {
        Org org = yearly(10).file(EU, hours(6, "2026-03-01")).file(EU, hours(5, "2026-11-10"));

        CommunityStatus status = status(org.reconcile("2026-11-01", "2026-11-30"), EU);

        assertThat(status.status()).isEqualTo(Status.EXCEEDING);
        assertThat(status.usedHours()).isEqualByComparingTo("11");
        assertThat(status.hoursInRange()).isEqualByComparingTo("5");
        assertThat(status.usedPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("110"));
        assertThat(status.reason()).contains("11.0 h of 10.0 h");
    }

    @Test
    void usingExactlyTheContractIsNotExceeding() {
        Org org = yearly(10).file(EU, hours(10, "2026-11-10"));

        assertThat(status(org.reconcile("2026-11-01", "2026-12-31"), EU).status()).isEqualTo(Status.OK);
    }

    @Test
    void usingLessThanHalfOfTheExpectedHoursIsUnderusing() {
        // 2026-07-01 is day 182 of 365: 36 h contracted, about 17.95 h expected, 8 used
        Org org = yearly(36).file(EU, hours(8, "2026-06-15"));

        CommunityStatus status = status(org.reconcile("2026-06-01", "2026-07-01"), EU);

        assertThat(status.status()).isEqualTo(Status.UNDERUSING);
        assertThat(status.expectedHours()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("17.95"));
    }

    @Test
    void underuseIsNotFlaggedBeforeAQuarterOfThePeriodHasPassed() {
        Org org = yearly(100);

        assertThat(status(org.reconcile("2026-03-01", "2026-03-31"), EU).status()).isEqualTo(Status.OK);
        assertThat(status(org.reconcile("2026-04-01", "2026-04-02"), EU).status()).isEqualTo(Status.UNDERUSING);
    }

    @Test
    void quarterlyAllowanceCountsOnlyTheCurrentQuarter() {
        Org org = new Org().community(EU).contract(EU, "2026-01-01", "2026-12-31", 10, Recurrence.QUARTER).engagement(EU)
                .file(EU, hours(9, "2026-09-20"))
                .file(EU, hours(4, "2026-10-05"));

        CommunityStatus status = status(org.reconcile("2026-11-01", "2026-11-15"), EU);

        assertThat(status.period()).hasValueSatisfying(p -> {
            assertThat(p.start()).isEqualTo(LocalDate.parse("2026-10-01"));
            assertThat(p.end()).isEqualTo(LocalDate.parse("2026-12-31"));
        });
        assertThat(status.contractedHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("10"));
        assertThat(status.usedHours()).isEqualByComparingTo("4");
        assertThat(status.status()).isEqualTo(Status.OK);
    }

    @Test
    void hoursDeliveredAfterTheContractEndedAreNoContract() {
        Org org = new Org().community(EU).contract(EU, "2025-01-01", "2025-12-31", 10).engagement(EU)
                .file(EU, hours(2, "2026-01-10"));

        ReconcileResult result = org.reconcile("2026-01-01", "2026-01-31");

        assertThat(status(result, EU).status()).isEqualTo(Status.NO_CONTRACT);
        assertThat(status(result, EU).contractedHours()).isEmpty();
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("2");
        assertThat(findings(result, Finding.Code.NO_CONTRACT)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("2026-01-10"));
    }

    @Test
    void contractThatHasNotStartedWithNothingDeliveredIsOk() {
        Org org = new Org().community(EU).contract(EU, "2027-01-01", "2027-12-31", 10);

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(status(result, EU).status()).isEqualTo(Status.OK);
        assertThat(findings(result, Finding.Code.NO_ENGAGEMENT)).isEmpty();
    }

    @Test
    void estimatedHoursCountTowardsUse() {
        Org org = yearly(1).file(EU, task("Untimed call").completed("2026-11-10T12:00:00Z"))
                .file(EU, hours(0.5, "2026-11-11"));

        CommunityStatus status = status(org.reconcile("2026-11-01", "2026-11-30"), EU);

        assertThat(status.estimatedHours()).isEqualByComparingTo("1");
        assertThat(status.loggedHours()).isEqualByComparingTo("0.5");
        assertThat(status.status()).isEqualTo(Status.EXCEEDING);
    }

    @Test
    void contractCoveringToWithNoEngagementIsNoEngagement() {
        Org org = new Org().community(EU).contract(EU, "2026-01-01", "2026-12-31", 10);

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.NO_ENGAGEMENT)).singleElement()
                .satisfies(f -> assertThat(f.community()).contains(EU));
    }
}
