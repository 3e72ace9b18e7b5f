package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.issue;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.item;
import static org.csh.reconciler.reconcile.Results.status;

import org.junit.jupiter.api.Test;

/** Work logged in log projects: whose it is, counted once, and a task in two communities' engagements. */
class LogProjectEntriesTest {

    private static final String MARS = "Mars University";
    private static final String COASTAL = "Coastal Lab";
    private static final String LOG = "Activity Log";
    private static final String SYNC = "GitHub sync";

    private Org org() {
        return new Org()
                .community(MARS, "MU").contract(MARS, "2026-01-01", "2026-12-31", 40)
                .community(COASTAL).contract(COASTAL, "2026-01-01", "2026-12-31", 20)
                .engagement("26 Mars University").engagement("26 Coastal Lab");
    }

    private static Org.TaskBuilder anHour(String name) {
        return task(name).actualMinutes(60).completed("2026-11-10T12:00:00Z");
    }

    @Test
    void aLogTaskCountsForTheEngagementItWasAlsoAddedTo() {
        Org org = org().log(LOG, anHour("Office hours"), "26 Coastal Lab");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.community()).contains(COASTAL));
        assertThat(status(result, COASTAL).usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void aSubtaskOfALogTaskCountsForItsParentsEngagement() {
        Org org = org().log(LOG, anHour("Workshop"), "26 Mars University").logSubtask(LOG, anHour("Handout"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).extracting(i -> i.community().orElse("none")).containsExactly(MARS, MARS);
    }

    @Test
    void aMirrorInTheSyncProjectTakesItsIssuesCommunityAndIsNoLongerNotSynced() {
        Org org = org().add(issue(1).labels("CSH", "MU").completed("2026-11-10T12:00:00Z")).board(1, 2)
                .log(SYNC, task("Support call").mirrorOf(1).githubHours("1.5").completed("2026-11-10T12:01:00Z"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(item(result, Org.OrgIssue.url(1)).community()).contains(MARS);
        assertThat(item(result, Org.OrgIssue.url(1)).source()).isEqualTo(Source.BOTH);
        assertThat(findings(result, Finding.Code.NOT_SYNCED)).isEmpty();
        assertThat(findings(result, Finding.Code.HOURS_MISMATCH)).hasSize(1);
        assertThat(status(result, MARS).usedHours()).isEqualByComparingTo("2");
    }

    @Test
    void aMirrorInTheSyncProjectOfAnIssueClosedAsNotPlannedIsStale() {
        Org org = org().add(issue(1).labels("CSH", "MU").closed("not_planned", "2026-11-10T12:00:00Z"))
                .log(SYNC, task("Support call").mirrorOf(1).githubHours("1").completed("2026-11-10T12:01:00Z"));

        assertThat(findings(org.reconcile("2026-11-01", "2026-11-30"), Finding.Code.STALE_MIRROR)).hasSize(1);
    }

    @Test
    void aLogTaskInNoEngagementIsListedAsUnknownCommunityNeverDropped() {
        Org org = org().log(LOG, anHour("Office hours"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.community()).isEmpty());
        assertThat(findings(result, Finding.Code.UNKNOWN_COMMUNITY)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("in no engagement"));
    }

    @Test
    void aTaskUnderACshTaskAndInALogProjectCountsOnce() {
        Org org = org().file("26 Mars University", anHour("Cluster review"));
        org.logTask(LOG, org.lastGid(), anHour("Cluster review"), "26 Mars University");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(1);
        assertThat(status(result, MARS).usedHours()).isEqualByComparingTo("1");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aTaskInTwoLogProjectsCountsOnce() {
        Org org = org().log(LOG, anHour("Office hours"), "26 Mars University");
        org.logTask(SYNC, org.lastGid(), anHour("Office hours"), "26 Mars University");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).hasSize(1);
        assertThat(status(result, MARS).usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void aTaskInEngagementsOfTwoCommunitiesCountsForTheFirstInPortfolioOrderAndIsWrongCommunity() {
        // listed Coastal first in its memberships, but Mars comes first in the portfolio
        Org org = org().log(LOG, anHour("Joint call"), "26 Coastal Lab", "26 Mars University");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.community()).contains(MARS));
        assertThat(findings(result, Finding.Code.WRONG_COMMUNITY)).singleElement().satisfies(f -> {
            assertThat(f.community()).contains(MARS);
            assertThat(f.detail()).contains(MARS + " and " + COASTAL, "first in portfolio order");
        });
        assertThat(status(result, COASTAL).usedHours()).isEqualByComparingTo("0");
    }
}
