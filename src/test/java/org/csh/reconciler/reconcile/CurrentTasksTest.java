package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;

import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.contract.Recurrence;
import org.junit.jupiter.api.Test;

/** The CSH tasks where staff log this period's work, which the write-back shows the used hours on. */
class CurrentTasksTest {

    private static final String MARS = "Mars University";
    private static final String VENUS = "Venus Institute";
    private static final String Q3 = "Community Success Hours – Q3 2026";
    private static final String Q4 = "Community Success Hours – Q4 2026";

    private Org org() {
        return new Org().community(MARS).contract(MARS, "2026-01-01", "2026-12-31", 10, Recurrence.QUARTER)
                .community(VENUS).contract(VENUS, "2026-01-01", "2026-12-31", 20);
    }

    @Test
    void theTaskWhosePeriodHoldsToIsCurrentAndLastQuartersIsNot() {
        Org org = org().cshTask(MARS, Q3, "2026-07-01", "2026-09-30", "10")
                .cshTask(MARS, Q4, "2026-10-01", "2026-12-31", "10");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-25");

        assertThat(result.currentTasks()).extracting(CurrentCshTask::gid, CurrentCshTask::name,
                CurrentCshTask::community).containsExactly(tuple(Org.cshTaskGid(MARS, Q4), Q4, MARS));
    }

    @Test
    void aCommunitysOnlyCshTaskWithoutAPeriodIsCurrent() {
        Org org = org().engagement(VENUS);

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-25");

        assertThat(result.currentTasks()).extracting(CurrentCshTask::gid, CurrentCshTask::community)
                .containsExactly(tuple(Org.cshTaskGid(VENUS), VENUS));
    }

    @Test
    void withSeveralCshTasksAndNoneHoldingToNoneIsCurrent() {
        // last quarter's task, and one without dates: which period the undated one is for, nobody can tell
        Org org = org().cshTask(MARS, Q3, "2026-07-01", "2026-09-30", "10")
                .cshTask(MARS, "Community Success Hours", null, null, null);

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-25");

        assertThat(result.currentTasks()).isEmpty();
    }

    @Test
    void aDatedTaskWhosePeriodHasEndedIsNotCurrentEvenAlone() {
        Org org = org().cshTask(MARS, Q3, "2026-07-01", "2026-09-30", "10");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-25");

        assertThat(result.currentTasks()).isEmpty();
    }

    @Test
    void everyCommunityHasItsCurrentTaskWithTheWriteBackFieldAsRead() {
        Org org = org().cshTask(MARS, Q4, "2026-10-01", "2026-12-31", "10")
                .engagement(VENUS)
                .usedField(Org.cshTaskGid(MARS, Q4), "2.5");

        ReconcileResult result = org.reconcile("2026-11-01", "2026-11-25");

        assertThat(result.currentTasks()).extracting(CurrentCshTask::community, CurrentCshTask::usedField)
                .containsExactly(
                        tuple(MARS, Optional.of(new CustomFieldValue("field-used", "number", "2.5"))),
                        tuple(VENUS, Optional.empty()));
    }
}
