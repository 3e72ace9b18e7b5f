package org.csh.reconciler.asana;

import java.util.List;

/**
 * A task whose name starts with the configured CSH task name; its subtasks at every depth are work items.
 *
 * @param hoursTotal raw value of the configured "Hours Total" field, or null
 */
public record CshTask(String gid, String name, String url, String hoursTotal, List<AsanaWorkItem> items) {

    public CshTask {
        items = List.copyOf(items);
    }
}
