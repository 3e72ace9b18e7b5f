package org.csh.reconciler.asana;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

/**
 * Walks an engagement project's task trees: finds every CSH task (top-level or a subtask of an ordinary
 * task) and collects the tasks below it, at every depth, as work items.
 *
 * <p>One walk is meant for one run: it remembers every gid it has seen, so that a task sitting in two places
 * (multi-homed in two projects, or a cycle) is counted once and the walk always ends.
 */
final class CshTaskWalk {

    private final AsanaPages pages;
    private final WorkItemMapper mapper;
    /** CSH tasks and work items already taken. */
    private final Set<String> taken = new HashSet<>();
    /** Ordinary tasks already searched for CSH tasks below them. */
    private final Set<String> searched = new HashSet<>();

    CshTaskWalk(AsanaPages pages, WorkItemMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
    }

    List<CshTask> cshTasksOf(String projectGid) {
        List<JsonObject> tasks = pages.all("project " + projectGid + " tasks",
                "/projects/" + projectGid + "/tasks", WorkItemMapper.TASK_FIELDS);
        List<CshTask> found = new ArrayList<>();
        search(tasks, found);
        return found;
    }

    private void search(List<JsonObject> tasks, List<CshTask> found) {
        for (JsonObject task : tasks) {
            String gid = WorkItemMapper.gid(task);
            if (mapper.isCshTask(task)) {
                if (taken.add(gid)) {
                    List<AsanaWorkItem> items = new ArrayList<>();
                    collect(task, items);
                    found.add(mapper.cshTask(task, items));
                }
            } else if (searched.add(gid) && hasSubtasks(task)) {
                search(subtasksOf(gid), found);
            }
        }
    }

    /** Depth first, parents before their children, in Asana's order. */
    private void collect(JsonObject parent, List<AsanaWorkItem> items) {
        if (!hasSubtasks(parent)) {
            return;
        }
        String parentGid = WorkItemMapper.gid(parent);
        for (JsonObject subtask : subtasksOf(parentGid)) {
            if (taken.add(WorkItemMapper.gid(subtask))) {
                items.add(mapper.workItem(subtask, parentGid));
                collect(subtask, items);
            }
        }
    }

    private List<JsonObject> subtasksOf(String taskGid) {
        return pages.all("task " + taskGid + " subtasks", "/tasks/" + taskGid + "/subtasks",
                WorkItemMapper.TASK_FIELDS);
    }

    /** A request per task adds up: ask only where Asana says there are subtasks (or did not say). */
    private static boolean hasSubtasks(JsonObject task) {
        return WorkItemMapper.numSubtasks(task).orElse(1) > 0;
    }
}
