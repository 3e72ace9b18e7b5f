package org.csh.reconciler.asana;

import java.util.List;

/**
 * A task whose name starts with the configured CSH task name; its subtasks at every depth are work items.
 *
 * @param hoursTotal raw value of the configured "Hours Total" field (the hours allocated to the task's period),
 *                   or null
 * @param startOn    raw {@code start_on} (YYYY-MM-DD) or null; the period falls back to the project's dates
 * @param dueOn      raw {@code due_on} (YYYY-MM-DD) or null
 */
public record CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items,
        String startOn, String dueOn) {

    public CshTask {
        items = List.copyOf(items);
    }

    /** A CSH task without dates of its own. */
    public CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items) {
        this(gid, name, url, hoursTotal, items, null, null);
    }
}
