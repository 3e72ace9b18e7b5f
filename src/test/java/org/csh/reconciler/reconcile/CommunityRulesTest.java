package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.item;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Rule 5 and its findings: which community an item counts for. */
class CommunityRulesTest {

    private Org org() {
        return new Org()
                .community("Example University", "ExampleU", "example-u")
                .contract("Example University", "2026-01-01", "2026-12-31", 40)
                .community("Coastal Ecology Lab", "CEL")
                .contract("Coastal Ecology Lab", "2026-01-01", "2026-12-31", 20)
                .engagement("Example University").engagement("Coastal Ecology Lab");
    }

    @Test
    void issueWithoutMirrorTakesTheCommunityNamedInItsLabels() {
        Org org = org().add(issue(1).labels("CSH", "example-u").title("GPU quota").completed("2026-11-10T12:00:00Z"));

        assertThat(item(org.reconcile("2026-11-01", "2026-11-30"), Org.OrgIssue.url(1)).community())
                .contains("Example University");
    }

    @Test
    void communityNameInTheTitleMatchesAsAWholeWordInAnyCase() {
        Org org = org()
                .add(issue(1).title("cel: data rescue planning").completed("2026-11-10T12:00:00Z"))
                .add(issue(2).title("Excellent support session").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, Org.OrgIssue.url(1)).community()).contains("Coastal Ecology Lab");
        assertThat(item(result, Org.OrgIssue.url(2)).community()).isEmpty();
    }

    @Test
    void communityInTheBodyIsUsedWhenLabelsAndTitleNameNone() {
        Org org = org().add(issue(1).title("Workshop").body("Ran the intro workshop for Example University staff.")
                .completed("2026-11-10T12:00:00Z"));

        assertThat(item(org.reconcile("2026-11-01", "2026-11-30"), Org.OrgIssue.url(1)).community())
                .contains("Example University");
    }

    @Test
    void issueNamingNoCommunityIsUnknown() {
        Org org = org().add(issue(1).title("Misc support").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.UNKNOWN_COMMUNITY)).singleElement()
                .satisfies(f -> assertThat(f.url()).contains(Org.OrgIssue.url(1)));
    }

    @Test
    void issueNamingTwoCommunitiesInOnePlaceIsUnknown() {
        Org org = org().add(issue(1).labels("CSH", "CEL", "ExampleU").completed("2026-11-10T12:00:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.UNKNOWN_COMMUNITY)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Coastal Ecology Lab").contains("Example University"));
    }

    @Test
    void subIssueWithoutLabelTakesItsParentsCommunityAtAnyDepth() {
        Org org = org()
                .add(issue(1).title("Grant co-writing").completed("2026-11-10T12:00:00Z"))
                .add(issue(2).labels().title("Budget section").subIssueOf(1).completed("2026-11-09T12:00:00Z"))
                .add(issue(3).labels().title("Budget table").subIssueOf(2).completed("2026-11-08T12:00:00Z"))
                .file("CEL", task("Grant co-writing").mirrorOf(1).githubHours("2").completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, Org.OrgIssue.url(2)).community()).contains("Coastal Ecology Lab");
        assertThat(item(result, Org.OrgIssue.url(3)).community()).contains("Coastal Ecology Lab");
    }

    @Test
    void subIssuesOfAParentOfNoCommunityAreEachReportedOrPlacedByTheirOwnText() {
        // given a parent naming no community, one sub-issue naming the Lab, one naming none
        Org org = org()
                .add(issue(1).title("Misc support").completed("2026-11-10T12:00:00Z"))
                .add(issue(2).labels("CEL").title("Data rescue").subIssueOf(1).completed("2026-11-09T12:00:00Z"))
                .add(issue(3).labels().title("Follow-up").subIssueOf(1).completed("2026-11-08T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        // then no uncounted item goes unmentioned
        assertThat(item(result, Org.OrgIssue.url(2)).community()).contains("Coastal Ecology Lab");
        assertThat(findings(result, Finding.Code.UNKNOWN_COMMUNITY)).extracting(Finding::url)
                .containsExactlyInAnyOrder(Optional.of(Org.OrgIssue.url(1)), Optional.of(Org.OrgIssue.url(3)));
    }

    @Test
    void itemFiledUnderOneCommunityWhoseTextNamesOnlyAnotherIsWrongCommunity() {
        Org org = org().file("Example University", task("CEL data rescue call").actualMinutes(60)
                .completed("2026-11-10T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.WRONG_COMMUNITY)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("filed under Example University").contains("Coastal Ecology Lab"));
        assertThat(result.items().get(0).community()).contains("Example University");
    }

    @Test
    void textNamingTheFiledCommunityToo_isNotWrongCommunity() {
        Org org = org().file("Example University", task("ExampleU and CEL joint workshop").actualMinutes(60)
                .completed("2026-11-10T12:00:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.WRONG_COMMUNITY)).isEmpty();
    }

    @Test
    void engagementMatchingNoCommunityIsACommunityOfItsOwnShownToBdWithNoContract() {
        // SPEC "Community of an engagement" (3): it used to be UNKNOWN_COMMUNITY, its hours counted for nobody
        Org org = org().file("Unknown Institute", task("Call").actualMinutes(60).completed("2026-11-10T12:00:00Z"))
                .file("Unknown Institute", task("Call 2").actualMinutes(60).completed("2026-11-11T12:00:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(findings(result, Finding.Code.UNKNOWN_COMMUNITY)).isEmpty();
        assertThat(result.items()).allSatisfy(i -> assertThat(i.community()).contains("Unknown Institute"));
        assertThat(Results.status(result, "Unknown Institute").status()).isEqualTo(Status.NO_CONTRACT);
        assertThat(Results.status(result, "Unknown Institute").hoursInRange()).isEqualByComparingTo("2");
        assertThat(result.flagged()).extracting(CommunityStatus::community).contains("Unknown Institute");
        assertThat(findings(result, Finding.Code.NO_CONTRACT)).hasSize(2);
    }
}
