package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.status;

import org.junit.jupiter.api.Test;

/** Findings about values that cannot be used as they are: totals, numbers, dates. */
class DataFindingsTest {

    private static final String EU = "Example University";

    private Org org() {
        return new Org().community(EU).contract(EU, "2026-01-01", "2026-12-31", 40).engagement(EU);
    }

    @Test
    void hoursTotalDifferingFromTheContractIsTotalMismatchWhateverItsItemsAddUpTo() {
        // Hours Total is the allocation (rule 8): 5 h allocated where the contract gives 40 h, though the items add
        // up to exactly 5 h; the old reading compared it with the items' sum and would have said nothing here
        Org org = org().hoursTotal(EU, "5")
                .file(EU, task("a").actualMinutes(60).completed("2026-11-10T12:00:00Z"))
                .file(EU, task("b").actualMinutes(240).completed("2026-11-11T12:00:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.TOTAL_MISMATCH)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Hours Total 5 h", "contract gives 40 h",
                        "2026-01-01 – 2026-12-31"));
    }

    @Test
    void aTaskMetTwiceInTheTreeIsCountedOnceAndReported() {
        // given a cycle in subtask parents: task 1001 is listed again below 1000, its own child
        Org org = org()
                .file(EU, task("Planning call").actualMinutes(60).completed("2026-11-10T12:00:00Z"))
                .file(EU, task("Follow-up notes").actualMinutes(30).completed("2026-11-11T12:00:00Z"))
                .againUnder(EU, "1000");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement().satisfies(f -> assertThat(f.detail())
                .contains("Asana task 1001 appears twice", "under task csh", "again under task 1000", "counted once"));
        assertThat(result.items()).hasSize(2);
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aCshTaskMetAgainAsASubtaskIsNotCountedAsWork() {
        // given the CSH task listed again below its own subtask, with ten hours of its own
        Org org = org().file(EU, task("Planning call").actualMinutes(60).completed("2026-11-10T12:00:00Z"))
                .cshTaskUnder(EU, "1000");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement().satisfies(f -> assertThat(f.detail())
                .contains("appears twice, under its project and again under task 1000"));
        assertThat(result.items()).singleElement().satisfies(item -> assertThat(item.title()).isEqualTo("Planning call"));
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void aValueAsanaSentInTheWrongShapeIsInvalidDataAndTheItemIsEstimated() {
        Org org = org().file(EU, task("Call").completed("2026-11-10T12:00:00Z")
                .unreadable("actual_time_minutes '1,5' is not a number; ignored"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).isEqualTo("Asana task 1000: actual_time_minutes '1,5' is not a"
                        + " number; ignored"));
        assertThat(findings(result, Finding.Code.MISSING_TIME)).hasSize(1);
        assertThat(result.items()).hasSize(1);
    }

    @Test
    void hoursTotalEqualToTheContractIsFineThoughTheItemsAddUpToLess() {
        Org org = org().hoursTotal(EU, "40")
                .file(EU, task("a").actualMinutes(60).completed("2026-11-10T12:00:00Z"))
                .file(EU, task("b").githubHours("1.5"));

        assertThat(org.reconcile("2026-11-01", "2026-11-30").findings()).isEmpty();
    }

    @Test
    void commaDecimalInANumberFieldIsInvalidDataAndTheItemIsEstimated() {
        Org org = org().file(EU, task("Call").githubHours("1,5").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'1,5' is not a number").contains("dot"));
        assertThat(findings(result, Finding.Code.MISSING_TIME)).hasSize(1);
        assertThat(result.items()).hasSize(1);
    }

    @Test
    void negativeHoursAreInvalidDataAndIgnored() {
        Org org = org().add(issue(1).completed("2026-11-10T12:00:00Z")).board(1, -2)
                .file(EU, task("Call").mirrorOf(1).actualMinutes(30).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("negative"));
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("0.5");
    }

    @Test
    void unparsableCompletionDateIsInvalidDataAndTheItemIsKeptButNotCounted() {
        Org org = org().file(EU, task("Call").actualMinutes(60).completed("last Tuesday"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'last Tuesday'"));
        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.completedOn()).isEmpty());
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("0");
    }

    @Test
    void mirrorUrlThatIsNotAnIssueAddressIsInvalidData() {
        Org org = org().file(EU, task("Call").githubUrl("see board").actualMinutes(60).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'see board'"));
        assertThat(status(result, EU).usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void aBadIssueAddressIsReportedAlsoWhenTheSubtaskRepeatsAnIssue() {
        Org org = org().add(Org.issue(1).title("Quota review").completed("2026-11-10T12:00:00Z")).board(1, 1)
                .file(EU, task("Quota review").githubUrl("see board").actualMinutes(60).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("'see board'"));
        assertThat(findings(result, Finding.Code.DOUBLE_LOGGED)).hasSize(1);
    }

    @Test
    void mirrorUrlDifferingOnlyInCaseOrTrailingSlashStillLinks() {
        Org org = org().add(issue(1).completed("2026-11-10T12:00:00Z")).board(1, 1)
                .file(EU, task("Call").githubUrl("https://GitHub.com/ACME/Support/issues/1/ ").githubHours("1")
                        .completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.source()).isEqualTo(Source.BOTH));
        assertThat(result.findings()).isEmpty();
    }
}
