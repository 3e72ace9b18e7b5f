package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;

import org.junit.jupiter.api.Test;

/** Work logged after the fact is dated by the {@code csh.asana.delivered-on} source, else by completed_at. */
class DeliveredOnTest {

    private static final String MARS = "Mars University";

    private Org org() {
        return new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 40);
    }

    @Test
    void theNamedDateDatesTheItemThoughItWasTickedOffLater() {
        Org org = org().file(MARS, task("Workshop").actualMinutes(60).completed("2026-11-10T12:00:00Z")
                .deliveredOn("2026-10-28"));

        ReconcileResult result = org.reconcile("2026-10-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.completedOn()).hasValueSatisfying(
                on -> assertThat(on).hasToString("2026-10-28")));
    }

    @Test
    void anEmptyFieldFallsBackToCompletedAt() {
        Org org = org().file(MARS, task("Workshop").actualMinutes(60).completed("2026-11-10T12:00:00Z").deliveredOn(null));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.completedOn()).hasValueSatisfying(
                on -> assertThat(on).hasToString("2026-11-10")));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aValueThatIsNoDateIsInvalidDataAndCompletedAtDatesTheItem() {
        Org org = org().file(MARS, task("Workshop").actualMinutes(60).completed("2026-11-10T12:00:00Z")
                .deliveredOn("28/10/2026"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'28/10/2026'", "dated by completed_at instead"));
        assertThat(result.items().get(0).completedOn()).hasValueSatisfying(on -> assertThat(on).hasToString("2026-11-10"));
    }

    @Test
    void aMirrorIsDatedByItsIssueWhateverTheSourceSays() {
        Org org = org().add(issue(1).labels("CSH", MARS).completed("2026-11-12T09:00:00Z"))
                .file(MARS, task("Mirror").mirrorOf(1).githubHours("1").completed("2026-11-12T09:01:00Z")
                        .deliveredOn("2026-10-01"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.completedOn()).hasValueSatisfying(
                on -> assertThat(on).hasToString("2026-11-12")));
    }
}
