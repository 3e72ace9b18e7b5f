package org.csh.reconciler.asana;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

/**
 * Every task of a log project and every subtask below it, depth first, parents before their children. A task met
 * again (a cycle in subtask parents) is not walked twice, so the walk always ends.
 */
final class LogProjectWalk {

    private final ProjectTree tree;
    private final WorkItemMapper mapper;
    private final Set<String> taken = new HashSet<>();
    private final List<AsanaWorkItem> items = new ArrayList<>();

    private LogProjectWalk(ProjectTree tree, WorkItemMapper mapper) {
        this.tree = tree;
        this.mapper = mapper;
    }

    static List<AsanaWorkItem> itemsOf(ProjectTree tree, WorkItemMapper mapper) {
        LogProjectWalk walk = new LogProjectWalk(tree, mapper);
        // a task directly in the project has no parent: its community comes from the projects it belongs to
        walk.collect(tree.tasks(), null);
        return walk.items;
    }

    private void collect(List<JsonObject> tasks, String parentGid) {
        for (JsonObject task : tasks) {
            String gid = WorkItemMapper.gid(task);
            if (taken.add(gid)) {
                items.add(mapper.workItem(task, parentGid));
                if (ProjectTree.hasSubtasks(task)) {
                    collect(tree.subtasksOf(gid).orElse(List.of()), gid);
                }
            }
        }
    }
}
