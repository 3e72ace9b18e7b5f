package org.csh.reconciler.asana;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;

/**
 * One engagement project's tasks and every subtask list below them, read ahead so that projects can be read
 * side by side and then walked one after the other, in the portfolio's order, always with the same outcome.
 *
 * <p>Only tasks whose {@code num_subtasks} is above zero (or unknown) are asked for their subtasks, and each
 * at most once, so a cycle ends.
 */
final class ProjectTree {

    private final List<JsonObject> tasks;
    private final Map<String, List<JsonObject>> subtasks;

    private ProjectTree(List<JsonObject> tasks, Map<String, List<JsonObject>> subtasks) {
        this.tasks = tasks;
        this.subtasks = subtasks;
    }

    static ProjectTree read(AsanaPages pages, String projectGid) {
        return read(pages, projectGid, new ConcurrentHashMap<>());
    }

    /**
     * @param known subtask lists already read for other projects, by parent gid, shared by the trees of one run: a
     *              task in an engagement and a log project too has its subtasks read once
     */
    static ProjectTree read(AsanaPages pages, String projectGid, Map<String, List<JsonObject>> known) {
        List<JsonObject> tasks = pages.all("project " + projectGid + " tasks",
                "/projects/" + projectGid + "/tasks", WorkItemMapper.TASK_FIELDS);
        Map<String, List<JsonObject>> subtasks = new HashMap<>();
        Deque<JsonObject> parents = new ArrayDeque<>(tasks);
        while (!parents.isEmpty()) {
            JsonObject parent = parents.poll();
            String gid = WorkItemMapper.gid(parent);
            if (hasSubtasks(parent) && !subtasks.containsKey(gid)) {
                List<JsonObject> children = known.get(gid);
                if (children == null) {
                    children = pages.all("task " + gid + " subtasks", "/tasks/" + gid + "/subtasks",
                            WorkItemMapper.TASK_FIELDS);
                    known.put(gid, children);
                }
                subtasks.put(gid, children);
                parents.addAll(children);
            }
        }
        return new ProjectTree(tasks, subtasks);
    }

    /** The project's tasks, in Asana's order. */
    List<JsonObject> tasks() {
        return tasks;
    }

    /** The subtasks read for this task; empty when it has none, or when it was not read because Asana said none. */
    Optional<List<JsonObject>> subtasksOf(String taskGid) {
        return Optional.ofNullable(subtasks.get(taskGid));
    }

    /** A request per task adds up: ask only where Asana says there are subtasks (or did not say). */
    static boolean hasSubtasks(JsonObject task) {
        return WorkItemMapper.numSubtasks(task).orElse(1) > 0;
    }
}
