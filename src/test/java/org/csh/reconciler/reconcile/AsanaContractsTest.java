package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.status;

import org.junit.jupiter.api.Test;

/** With no contracts file, each CSH task with a period and an Hours Total is a contract period. */
class AsanaContractsTest {

    private static final String MARS = "Mars University";
    private static final String Q4 = "Community Success Hours – Q4 2026";

    @Test
    void eachCshTaskWithAPeriodAndAnAllocationIsAContractPeriodOfItsCommunity() {
        Org org = new Org().communityField("26 Mars University", MARS)
                .cshTask("26 Mars University", Q4, "2026-10-01", "2026-12-31", "10")
                .fileIn("26 Mars University", Q4, task("Workshop").actualMinutes(12 * 60).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcileWithoutContractsFile("2026-11-01", "2026-11-30");

        CommunityStatus mars = status(result, MARS);
        assertThat(mars.contractedHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("10"));
        assertThat(mars.period()).hasValueSatisfying(p -> assertThat(p.start()).hasToString("2026-10-01"));
        assertThat(mars.status()).isEqualTo(Status.EXCEEDING);
        assertThat(result.contracts().fromAsana()).isTrue();
        assertThat(result.contracts().source()).contains("Asana", "config/communities.yml");
        assertThat(result.contracts().communities()).extracting(c -> c.name()).containsExactly(MARS);
        assertThat(findings(result, Finding.Code.TOTAL_MISMATCH)).isEmpty();
    }

    @Test
    void withoutAFieldTheProjectNameNamesTheCommunityAndItsDatesFillTheTasksPeriod() {
        Org org = new Org().engagementDates("26 Mars University", "2026-01-01", "2026-12-31")
                .cshTask("26 Mars University", "Community Success Hours", null, null, "40")
                .fileIn("26 Mars University", "Community Success Hours",
                        task("Call").actualMinutes(60).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcileWithoutContractsFile("2026-11-01", "2026-11-30");

        CommunityStatus status = status(result, "26 Mars University");
        assertThat(status.contractedHours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("40"));
        assertThat(status.period()).hasValueSatisfying(p -> assertThat(p.end()).hasToString("2026-12-31"));
    }

    @Test
    void aCshTaskWithoutAUsablePeriodOrAllocationIsInvalidDataAndTheRunGoesOn() {
        Org org = new Org().communityField("26 Mars University", MARS)
                .cshTask("26 Mars University", "Community Success Hours – undated", null, null, "10")
                .cshTask("26 Mars University", Q4, "2026-10-01", "2026-12-31", null)
                .fileIn("26 Mars University", Q4, task("Call").actualMinutes(60).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcileWithoutContractsFile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).extracting(Finding::detail)
                .anySatisfy(d -> assertThat(d).contains("'Community Success Hours – undated' has no usable period"))
                .anySatisfy(d -> assertThat(d).contains("'" + Q4 + "' has no Hours Total"));
        assertThat(status(result, MARS).status()).isEqualTo(Status.NO_CONTRACT);
    }
}
