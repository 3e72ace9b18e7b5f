package org.csh.reconciler.reconcile;

import java.util.Optional;

import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Community;

/** A CSH task as the rules see it: its engagement, that engagement's community, and its period if it has one. */
record FiledTask(CshTask task, Engagement engagement, Community community, Optional<TaskPeriod> period) {

    /** How findings name it: {@code 'Community Success Hours – Q3 2026' (2026-07-01 – 2026-09-30)}. */
    String describe() {
        return "'" + task.name() + "'" + period.map(p -> " (" + p + ")").orElse(" (no period)");
    }
}
