package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.reconcile.Org.task;
import static org.csh.reconciler.reconcile.Results.findings;
import static org.csh.reconciler.reconcile.Results.status;

import java.util.List;
import java.util.Optional;

import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.junit.jupiter.api.Test;

/** The community of an engagement: its community field, else a name inside the project name, else its own. */
class EngagementCommunitiesTest {

    private static final String MARS = "Mars University";
    private static final String LIBRARY = "Mars University Library";

    private Org org() {
        return new Org()
                .community(MARS, "mars-u").contract(MARS, "2026-01-01", "2026-12-31", 40)
                .community(LIBRARY).contract(LIBRARY, "2026-01-01", "2026-12-31", 10);
    }

    private static Org.TaskBuilder anHour(String day) {
        return task("Call on " + day).actualMinutes(60).completed(day + "T12:00:00Z");
    }

    @Test
    void theCommunityFieldDecidesBeforeTheProjectName() {
        Org org = org().communityField("26 Mars University Library", "MARS-U")
                .file("26 Mars University Library", anHour("2026-11-10"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.community()).contains(MARS));
    }

    @Test
    void aNameInsideADealStyleProjectNameCountsAsWholeWordsAndTheLongestWins() {
        Org org = org().file("26 Mars University", anHour("2026-11-10"))
                .file("26 Mars University Library – renewal", anHour("2026-11-11"))
                .file("26 Marsupial University", anHour("2026-11-12"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.items()).extracting(i -> i.community().orElse("none"))
                .containsExactly(MARS, LIBRARY, "26 Marsupial University");
    }

    @Test
    void aProjectRenamedByTheCrmKeepsItsCommunityThroughItsField() {
        Org org = org().communityField("Deal 4411 (renewed)", "Mars University")
                .file("Deal 4411 (renewed)", anHour("2026-11-10"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(status(result, MARS).hoursInRange()).isEqualByComparingTo("1");
        assertThat(findings(result, Finding.Code.NO_ENGAGEMENT)).extracting(f -> f.community().orElseThrow())
                .containsExactly(LIBRARY);
    }

    @Test
    void twoEngagementsOfOneCommunityAreOneCommunity() {
        Org org = org().file("25 Mars University", anHour("2026-11-10"))
                .communityField("26 Renewal", MARS).file("26 Renewal", anHour("2026-11-11"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        assertThat(result.communities()).extracting(CommunityStatus::community).containsExactly(MARS, LIBRARY);
        assertThat(status(result, MARS).usedHours()).isEqualByComparingTo("2");
    }

    @Test
    void aFieldNamingNoContractedCommunityMakesOneCommunityOfItsOwnForAllItsEngagements() {
        Org org = org().communityField("26 Glacier pilot", "Glacier Consortium")
                .file("26 Glacier pilot", anHour("2026-11-10"))
                .communityField("27 Glacier extension", "glacier consortium")
                .file("27 Glacier extension", anHour("2026-11-11"));

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-30");

        CommunityStatus glacier = status(result, "Glacier Consortium");
        assertThat(glacier.status()).isEqualTo(Status.NO_CONTRACT);
        assertThat(glacier.hoursInRange()).isEqualByComparingTo("2");
        assertThat(glacier.contractedHours()).isEmpty();
        assertThat(result.items()).allSatisfy(i -> assertThat(i.community()).contains("Glacier Consortium"));
    }

    @Test
    void aDropDownWithNoOptionChosenIsInvalidDataAndTheProjectNameDecides() {
        Engagement engagement = new Engagement("1", "26 Mars University", "https://app.asana.com/0/1", List.of(),
                null, null, null, List.of("its Community field is a drop-down with no option chosen"));
        FindingSink sink = new FindingSink();

        EngagementCommunities.Resolution resolution = new EngagementCommunities(new Communities(List.of(
                new Community(MARS, List.of(), List.of())))).resolve(List.of(engagement), sink);

        assertThat(resolution.of(engagement).name()).isEqualTo(MARS);
        assertThat(sink.all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Finding.Code.INVALID_DATA);
            assertThat(f.community()).isEqualTo(Optional.of(MARS));
            assertThat(f.detail()).contains("26 Mars University", "no option chosen");
        });
    }
}
