package org.csh.reconciler.asana;

import java.util.List;

/**
 * A project of {@code csh.asana.log-project-gids}: an "Activity Log", or the project a sync automation creates its
 * mirrors in. Every task in it, and every subtask below at any depth, is a work item, with no CSH task above.
 *
 * @param items depth first, parents before their children, in Asana's order
 */
public record LogProject(String gid, String name, String url, List<AsanaWorkItem> items) {

    public LogProject {
        items = List.copyOf(items);
    }
}
