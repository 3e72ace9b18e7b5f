package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.codes;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.item;
import static org.csh.reconciler.reconcile.Results.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Rules 1 to 4: linking, hours of an item, counting once, and what counts as delivered. */
class CountingRulesTest {

    private static final String ISSUE_1 = Org.OrgIssue.url(1);

    private Org exampleU() {
        return new Org().community("Example University", "ExampleU").contract("Example University", "2026-01-01", "2026-12-31", 40);
    }

    @Test
    void completedIssueWithMirrorCountsOnce() {
        Org org = exampleU()
                .add(issue(1).completed("2026-11-10T12:00:00Z")).board(1, 1.5)
                .file("Example University", task("Support call").mirrorOf(1).githubHours("1.5").completed("2026-11-10T12:00:01Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(1);
        WorkItem item = item(result, ISSUE_1);
        assertThat(item.source()).isEqualTo(Source.BOTH);
        assertThat(item.hours()).contains(new BigDecimal("1.50"));
        assertThat(item.community()).contains("Example University");
        assertThat(status(result, "Example University").hoursInRange()).isEqualByComparingTo("1.5");
        assertThat(codes(result)).isEmpty();
    }

    @Test
    void hoursAreBoardHoursPlusTheMirrorsActualTime() {
        Org org = exampleU()
                .add(issue(1).completed("2026-11-10T12:00:00Z")).board(1, 2)
                .file("ExampleU", task("Grant co-writing").mirrorOf(1).actualMinutes(45).completed("2026-11-10T12:00:00Z"));

        assertThat(item(org.reconcile("2026-11-01", "2026-11-30"), ISSUE_1).hours()).contains(new BigDecimal("2.75"));
    }

    @Test
    void mirrorsGitHubHoursFieldStandsInWhenTheBoardHasNoValue() {
        Org org = exampleU()
                .add(issue(1).completed("2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Planning").mirrorOf(1).githubHours("3").completed("2026-11-10T12:00:00Z"));

        assertThat(item(org.reconcile("2026-11-01", "2026-11-30"), ISSUE_1).hours()).contains(new BigDecimal("3.00"));
    }

    @Test
    void totalTimeIsUsedOnlyWhenNeitherGitHubHoursNorActualTimeIsKnown() {
        Org org = exampleU()
                .file("ExampleU", task("Workshop").totalTime("4").completed("2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Office hours").totalTime("9").actualMinutes(30).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).extracting(WorkItem::title, i -> i.hours().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple("Workshop", new BigDecimal("4.00")),
                        tuple("Office hours", new BigDecimal("0.50")));
    }

    @Test
    void manualSubtaskHoldingTheIssueUrlIsDoubleLoggedAndCountsOnceWithTheLargerHours() {
        Org org = exampleU()
                .add(issue(1).title("Storage quota question").completed("2026-11-10T12:00:00Z")).board(1, 1)
                .file("ExampleU", task("Storage quota question").mirrorOf(1).githubHours("1").completed("2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Quota follow-up").notes("see " + ISSUE_1 + " for context").actualMinutes(120)
                        .completed("2026-11-11T09:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(1);
        assertThat(item(result, ISSUE_1).hours()).contains(new BigDecimal("2.00"));
        assertThat(findings(result, Finding.Code.DOUBLE_LOGGED)).hasSize(1);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("2");
    }

    @Test
    void manualSubtaskWithTheIssuesTitleIgnoringCaseAndPunctuationIsDoubleLogged() {
        Org org = exampleU()
                .add(issue(1).title("Support call: GPU quota!").labels("CSH", "ExampleU").completed("2026-11-10T12:00:00Z")).board(1, 2)
                .file("ExampleU", task("support call - gpu quota").actualMinutes(60).completed("2026-11-10T15:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(1);
        assertThat(item(result, ISSUE_1).hours()).contains(new BigDecimal("2.00"));
        assertThat(codes(result)).contains(Finding.Code.DOUBLE_LOGGED);
    }

    @Test
    void aSameTitleInAnotherCommunityIsOtherWorkNotARepeat() {
        // given a "Monthly check-in" issue mirrored under Example University, and one logged by hand for the Lab
        Org org = exampleU().community("Coastal Lab").contract("Coastal Lab", "2026-01-01", "2026-12-31", 20)
                .add(issue(1).title("Monthly check-in").completed("2026-11-10T12:00:00Z")).board(1, 1)
                .file("ExampleU", task("Monthly check-in").mirrorOf(1).completed("2026-11-10T12:00:00Z"))
                .file("Coastal Lab", task("Monthly check-in").actualMinutes(60).completed("2026-11-12T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        // then each community keeps its own hour
        assertThat(result.items()).hasSize(2);
        assertThat(codes(result)).doesNotContain(Finding.Code.DOUBLE_LOGGED);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("1");
        assertThat(status(result, "Coastal Lab").usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void aSameTitleRepeatsAnIssueWhoseCommunityIsNotKnownYet() {
        // given an unmirrored issue naming no community, and a manual subtask with its title
        Org org = exampleU()
                .add(issue(1).title("Quota review").completed("2026-11-10T12:00:00Z")).board(1, 2)
                .file("ExampleU", task("Quota review").actualMinutes(60).completed("2026-11-10T15:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        // then they are one item, filed where the subtask is
        assertThat(result.items()).singleElement()
                .satisfies(item -> assertThat(item.community()).contains("Example University"));
        assertThat(codes(result)).contains(Finding.Code.DOUBLE_LOGGED);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("2");
    }

    @Test
    void aCompletedRepeatOfAnIssueLeftOpenCountsOnTheRepeatsDate() {
        Org org = exampleU()
                .add(issue(1).title("Grant call").labels("CSH", "ExampleU"))
                .file("ExampleU", task("Grant call").actualMinutes(90).completed("2026-11-12T10:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, ISSUE_1).state()).isEqualTo(ItemState.COMPLETED);
        assertThat(item(result, ISSUE_1).completedOn()).contains(java.time.LocalDate.parse("2026-11-12"));
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void aCompletedRepeatOfAnIssueClosedAsNotPlannedDoesNotCount() {
        Org org = exampleU()
                .add(issue(1).title("Grant call").labels("CSH", "ExampleU").closed("not_planned", "2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Grant call").actualMinutes(90).completed("2026-11-12T10:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, ISSUE_1).state()).isEqualTo(ItemState.NOT_DELIVERED);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("0");
        assertThat(codes(result)).contains(Finding.Code.DOUBLE_LOGGED);
    }

    @Test
    void anIssueMirroredTwiceCountsOnceWithTheLargerHours() {
        // given the automation mirrored issue 1 twice, and only the second mirror was timed
        Org org = exampleU()
                .add(issue(1).completed("2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Support call").mirrorOf(1).completed("2026-11-10T12:00:00Z"))
                .file("ExampleU", task("Support call").mirrorOf(1).actualMinutes(90).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(item -> assertThat(item.hours())
                .contains(new BigDecimal("1.50")));
        assertThat(findings(result, Finding.Code.DOUBLE_LOGGED)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("mirrored twice", "counted once"));
        assertThat(codes(result)).doesNotContain(Finding.Code.MISSING_TIME);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("1.5");
    }

    @Test
    void issueClosedAsNotPlannedNeverCountsAndItsMirrorIsStale() {
        Org org = exampleU()
                .add(issue(1).closed("not_planned", "2026-11-10T12:00:00Z")).board(1, 3)
                .file("ExampleU", task("Cancelled workshop").mirrorOf(1).githubHours("3").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, ISSUE_1).state()).isEqualTo(ItemState.NOT_DELIVERED);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("0");
        assertThat(codes(result)).containsExactly(Finding.Code.STALE_MIRROR);
    }

    @Test
    void issueClosedAsDuplicateIsNotDeliveredAndNeedsNoMirror() {
        Org org = exampleU().engagement("ExampleU")
                .add(issue(1).labels("CSH", "ExampleU").closed("duplicate", "2026-11-10T12:00:00Z")).board(1, 2);

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, ISSUE_1).state()).isEqualTo(ItemState.NOT_DELIVERED);
        assertThat(status(result, "Example University").hoursInRange()).isEqualByComparingTo("0");
        assertThat(codes(result)).isEmpty();
    }

    @Test
    void mirrorOfAnIssueOutsideTheConfiguredRepositoriesIsStaleButItsAsanaWorkIsKept() {
        Org org = exampleU().file("ExampleU", task("Old sync").githubUrl("https://github.com/other/repo/issues/9")
                .actualMinutes(30).completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.STALE_MIRROR)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("https://github.com/other/repo/issues/9"));
        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.source()).isEqualTo(Source.ASANA));
    }

    @Test
    void boardAndMirrorDisagreeingIsAHoursMismatchAndTheBoardWins() {
        Org org = exampleU()
                .add(issue(1).completed("2026-11-10T12:00:00Z")).board(1, 2)
                .file("ExampleU", task("Call").mirrorOf(1).githubHours("1.5").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(codes(result)).containsExactly(Finding.Code.HOURS_MISMATCH);
        assertThat(item(result, ISSUE_1).hours()).contains(new BigDecimal("2.00"));
    }

    @Test
    void openItemsAreListedInProgressAndNotCounted() {
        Org org = exampleU()
                .add(issue(1)).board(1, 5)
                .file("ExampleU", task("Call").mirrorOf(1).githubHours("5"))
                .file("ExampleU", task("Draft grant text").actualMinutes(90));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(2).allSatisfy(i -> assertThat(i.state()).isEqualTo(ItemState.OPEN));
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("0");
    }

    @Test
    void completedIssueWithoutMirrorIsNotSyncedButStillCounts() {
        Org org = exampleU().engagement("ExampleU")
                .add(issue(1).labels("CSH", "ExampleU").completed("2026-11-10T12:00:00Z")).board(1, 1);

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(codes(result)).containsExactly(Finding.Code.NOT_SYNCED);
        assertThat(item(result, ISSUE_1).source()).isEqualTo(Source.GITHUB);
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void completedItemWithNoHoursIsEstimatedAndReportedAsMissingTime() {
        Org org = exampleU().file("ExampleU", task("Helped with onboarding").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        WorkItem item = result.items().get(0);
        assertThat(item.isEstimated()).isTrue();
        assertThat(item.estimate().orElseThrow().basis()).isEqualTo("fixed test estimate");
        assertThat(findings(result, Finding.Code.MISSING_TIME)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("fixed test estimate"));
        CommunityStatus status = status(result, "Example University");
        assertThat(status.estimatedHours()).isEqualByComparingTo("1");
        assertThat(status.loggedHours()).isEqualByComparingTo("0");
    }

    @Test
    void openItemWithNoHoursIsNotEstimated() {
        Org org = exampleU().file("ExampleU", task("Upcoming workshop"));

        assertThat(org.reconcile("2026-11-01", "2026-11-30").items().get(0).hours()).isEmpty();
    }

    @Test
    void itemCompletedAt2330UtcIsDatedByTheConfiguredZone() {
        Org org = exampleU().file("ExampleU", task("Late call").actualMinutes(60).completed("2026-11-30T23:30:00Z"));
        ReconcileSettings auckland = new ReconcileSettings(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"),
                ZoneId.of("Pacific/Auckland"), BigDecimal.ONE, new BigDecimal("0.5"));

        ReconcileResult inUtc = org.reconcile("2026-11-01", "2026-11-30");
        ReconcileResult inAuckland = org.reconcile(auckland);

        assertThat(inUtc.items().get(0).completedOn()).contains(LocalDate.parse("2026-11-30"));
        assertThat(status(inUtc, "Example University").hoursInRange()).isEqualByComparingTo("1");
        assertThat(inAuckland.items()).isEmpty();
        assertThat(status(inAuckland, "Example University").hoursInRange()).isEqualByComparingTo("0");
    }

    @Test
    void itemsCompletedAfterTheRangeAreLeftOutOfAHistoricalRerun() {
        Org org = exampleU().file("ExampleU", task("Later call").actualMinutes(60).completed("2026-12-02T10:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).isEmpty();
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("0");
    }

    @Test
    void moreThan24HoursOnOneItemIsFlaggedButKept() {
        Org org = exampleU().file("ExampleU", task("Hackathon").githubHours("30").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.INVALID_DATA)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("more than 24 h"));
        assertThat(status(result, "Example University").usedHours()).isEqualByComparingTo("30");
    }

    @Test
    void findingsCarryTheItemsCommunityAndUrl() {
        Org org = exampleU().add(issue(1).labels("CSH", "ExampleU").completed("2026-11-10T12:00:00Z")).board(1, 1);

        Finding finding = org.reconcile("2026-11-01", "2026-11-30").findings().get(0);

        assertThat(finding.community()).isEqualTo(Optional.of("Example University"));
        assertThat(finding.url()).contains(ISSUE_1);
    }
}
