package org.csh.reconciler.asana;

import java.util.List;

/**
 * A task whose name starts with the configured CSH task name; its subtasks at every depth are work items.
 *
 * @param hoursTotal raw value of the configured "Hours Total" field (the hours allocated to the task's period),
 *                   or null
 * @param startOn    raw {@code start_on} (YYYY-MM-DD) or null; the period falls back to the project's dates
 * @param dueOn      raw {@code due_on} (YYYY-MM-DD) or null
 * @param usedField  the custom field {@code csh.asana.write-back.used-field} names, where the write-back puts the
 *                   community's used hours; null when the task has no such field or no write-back is configured
 */
public record CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items,
        String startOn, String dueOn, CustomFieldValue usedField) {

    public CshTask {
        items = List.copyOf(items);
    }

    /** A CSH task without the write-back's field. */
    public CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items,
            String startOn, String dueOn) {
        this(gid, name, url, hoursTotal, items, startOn, dueOn, null);
    }

    /** A CSH task without dates of its own. */
    public CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items) {
        this(gid, name, url, hoursTotal, items, null, null, null);
    }
}
