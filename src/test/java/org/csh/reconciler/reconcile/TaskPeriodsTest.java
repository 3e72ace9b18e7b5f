package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;

import org.junit.jupiter.api.Test;

/** A CSH task's period: its own dates, else its project's; dates nobody can use are findings, never a crash. */
class TaskPeriodsTest {

    private static final String MARS = "Mars University";

    private Org org() {
        return new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 40);
    }

    @Test
    void aMalformedDateIsInvalidDataNamingTheTaskAndTheValue() {
        Org org = org().cshTask(MARS, "Community Success Hours 2026", "2026-13-01", "2026-12-31", "40");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'Community Success Hours 2026'", "start_on",
                        "'2026-13-01' is not a date"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsInvalidData() {
        Org org = org().cshTask(MARS, "Community Success Hours 2026", "2026-12-31", "2026-01-01", "40");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("ends on 2026-01-01, before it starts on 2026-12-31"));
    }

    @Test
    void overlappingPeriodsOfOneCommunityAreInvalidDataEvenAcrossItsEngagements() {
        Org org = org()
                .cshTask("25 Mars University", "Community Success Hours 2026", "2026-01-01", "2026-12-31", "40")
                .cshTask("26 Mars University", "Community Success Hours – Q4 2026", "2026-10-01", "2026-12-31", "10");

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'Community Success Hours 2026' (2026-01-01 – 2026-12-31)",
                        "'Community Success Hours – Q4 2026' (2026-10-01 – 2026-12-31)", "overlap"));
    }

    @Test
    void aTaskWithoutDatesTakesItsProjectsAndIsCheckedLikeAnyOther() {
        Org org = org().engagementDates(MARS, "2026-01-01", "2026-12-31")
                .cshTask(MARS, "Community Success Hours", null, null, "40")
                .fileIn(MARS, "Community Success Hours", task("Late").actualMinutes(60).completed("2027-01-05T12:00:00Z"));

        ReconcileResult result = org.reconcile("2027-01-01", "2027-01-31");

        assertThat(findings(result, Finding.Code.WRONG_TASK)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("(2026-01-01 – 2026-12-31)"));
    }
}
