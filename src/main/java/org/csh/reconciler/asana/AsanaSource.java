package org.csh.reconciler.asana;

/** Reads the engagements, their CSH tasks and every work item under them. */
public interface AsanaSource {

    AsanaSnapshot fetch();
}
