package org.csh.reconciler.reconcile;

import java.util.Optional;

import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Community;

/**
 * An Asana work item with where it is filed: its engagement and that engagement's community, and the CSH task above
 * it. A task of a log project has no CSH task, and no engagement when it was added to none.
 */
record AsanaEntry(AsanaWorkItem item, Optional<Engagement> engagement, Optional<CshTask> task,
        Optional<Community> community) {

    /** An item under a CSH task of an engagement. */
    static AsanaEntry underCshTask(AsanaWorkItem item, Engagement engagement, CshTask task, Community community) {
        return new AsanaEntry(item, Optional.of(engagement), Optional.of(task), Optional.of(community));
    }
}
