package org.csh.reconciler.asana;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return read(pages, projectGid, new ConcurrentHashMap<>(), Set.of());
    }

    /**
     * @param known     subtask lists kept for a later project of this run, by parent gid: a task in an engagement
     *                  and a log project too has its subtasks read once
     * @param readLater the log projects: a task that is also a member of one of them (other than this project)
     *                  keeps its subtree's lists in {@code known}. Every other list is dropped with this tree, so
     *                  that the run holds a few projects' answers at a time, not every project's (issue 17)
     */
    static ProjectTree read(AsanaPages pages, String projectGid, Map<String, List<JsonObject>> known,
            Set<String> readLater) {
        List<JsonObject> tasks = pages.all("project " + projectGid + " tasks",
                "/projects/" + projectGid + "/tasks", WorkItemMapper.TASK_FIELDS);
        Set<String> others = new HashSet<>(readLater);
        others.remove(projectGid);
        Map<String, List<JsonObject>> subtasks = new HashMap<>();
        record Parent(JsonObject task, boolean keep) {
        }
        Deque<Parent> parents = new ArrayDeque<>();
        tasks.forEach(task -> parents.add(new Parent(task, isAlsoIn(task, others))));
        while (!parents.isEmpty()) {
            Parent parent = parents.poll();
            String gid = WorkItemMapper.gid(parent.task());
            if (hasSubtasks(parent.task()) && !subtasks.containsKey(gid)) {
                List<JsonObject> children = known.get(gid);
                if (children == null) {
                    children = pages.all("task " + gid + " subtasks", "/tasks/" + gid + "/subtasks",
                            WorkItemMapper.TASK_FIELDS);
                    if (parent.keep()) {
                        known.put(gid, children);
                    }
                }
                subtasks.put(gid, children);
                children.forEach(child -> parents.add(new Parent(child, parent.keep())));
            }
        }
        return new ProjectTree(tasks, subtasks);
    }

    private static boolean isAlsoIn(JsonObject task, Set<String> projects) {
        return !projects.isEmpty() && WorkItemMapper.memberships(task).stream().anyMatch(projects::contains);
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
