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
 * <p>One walk is meant for one run: it remembers every gid it has seen, so that a CSH task multi-homed in two
 * projects is taken once and the walk always ends. A work item met twice is handed on twice, so that the
 * reconciler can report the odd data instead of it vanishing silently.
 */
final class CshTaskWalk {

    private final WorkItemMapper mapper;
    /** CSH tasks and work items already taken. */
    private final Set<String> taken = new HashSet<>();
    /** Ordinary tasks already searched for CSH tasks below them. */
    private final Set<String> searched = new HashSet<>();

    /** The project whose tree is being walked. */
    private ProjectTree tree;

    CshTaskWalk(WorkItemMapper mapper) {
        this.mapper = mapper;
    }

    /** The CSH tasks of one project, read ahead; projects must be walked in the same order every run. */
    List<CshTask> cshTasksOf(ProjectTree project) {
        this.tree = project;
        List<CshTask> found = new ArrayList<>();
        search(project.tasks(), found);
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
            boolean firstSight = taken.add(WorkItemMapper.gid(subtask));
            // a task met again (a cycle in subtask parents, or one listed twice) is kept for the reconciler to
            // report and count once; it is never walked twice, so the walk ends
            items.add(mapper.workItem(subtask, parentGid));
            if (firstSight) {
                collect(subtask, items);
            }
        }
    }

    private List<JsonObject> subtasksOf(String taskGid) {
        return tree.subtasksOf(taskGid).orElse(List.of());
    }

    private static boolean hasSubtasks(JsonObject task) {
        return ProjectTree.hasSubtasks(task);
    }
}
