package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.status;

import org.csh.reconciler.contract.Recurrence;
import org.junit.jupiter.api.Test;

/** Rule 7: work sits under the CSH task whose period holds its delivery date. */
class WrongTaskRuleTest {

    private static final String MARS = "Mars University";
    private static final String Q3 = "Community Success Hours – Q3 2026";
    private static final String Q4 = "Community Success Hours – Q4 2026";

    private Org org() {
        return new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 10, Recurrence.QUARTER)
                .cshTask(MARS, Q3, "2026-07-01", "2026-09-30", "10")
                .cshTask(MARS, Q4, "2026-10-01", "2026-12-31", "10");
    }

    @Test
    void novemberWorkUnderTheThirdQuarterIsWrongTaskNamingTheFourthAndCountsInTheFourth() {
        Org org = org().fileIn(MARS, Q3, task("Data rescue call").actualMinutes(90).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.WRONG_TASK)).singleElement().satisfies(f -> {
            assertThat(f.community()).contains(MARS);
            assertThat(f.detail()).contains("delivered on 2026-11-10", "'" + Q3 + "' (2026-07-01 – 2026-09-30)",
                    "file it under '" + Q4 + "'");
        });
        assertThat(status(result, MARS).usedHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void workInsideItsTasksPeriodIsFine() {
        Org org = org().fileIn(MARS, Q4, task("Data rescue call").actualMinutes(90).completed("2026-11-10T12:00:00Z"));

        assertThat(org.reconcile("2026-11-01", "2026-11-30").findings()).isEmpty();
    }

    @Test
    void workOnADateNoCshTaskHoldsSaysSo() {
        Org org = new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 10, Recurrence.QUARTER)
                .cshTask(MARS, Q3, "2026-07-01", "2026-09-30", "10")
                .fileIn(MARS, Q3, task("Late call").actualMinutes(60).completed("2026-11-10T12:00:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.WRONG_TASK)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("no CSH task of Mars University holds that date"));
    }

    @Test
    void aMirrorIsCheckedAgainstItsIssuesCloseDate() {
        Org org = org().add(issue(1).labels("CSH").completed("2026-11-03T09:00:00Z"))
                .fileIn(MARS, Q3, task("Support call").mirrorOf(1).githubHours("1").completed("2026-09-29T12:00:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.WRONG_TASK)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("delivered on 2026-11-03"));
    }

    @Test
    void openWorkIsNeverWrongTask() {
        Org org = org().fileIn(MARS, Q3, task("Planned workshop"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.WRONG_TASK)).isEmpty();
    }
}
