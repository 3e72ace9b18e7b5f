package org.csh.reconciler.reconcile;

import java.util.Optional;

import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Community;

/** An Asana work item with where it is filed: its engagement, CSH task, and the engagement's community. */
record AsanaEntry(AsanaWorkItem item, Engagement engagement, CshTask task, Optional<Community> community) {
}
