package org.csh.reconciler.asana;

import java.util.List;
import java.util.Optional;

/**
 * A subtask (at any depth) under a CSH task: one piece of logged work, or a mirror of a GitHub issue.
 *
 * <p>Custom field values and dates are kept raw, as text, because real workspaces hold text such as
 * {@code "1,5"} in number fields; the reconcile rules turn bad values into findings.
 *
 * @param parentGid          gid of the task directly above (the CSH task or another work item)
 * @param url                the task's permalink_url
 * @param completedAt        raw {@code completed_at} (ISO-8601) or null
 * @param actualTimeMinutes  {@code actual_time_minutes}; empty when never timed
 * @param githubUrl          value of the configured "GitHub URL" field, or null
 * @param githubHours        value of the configured "GitHub Hours" field as text, or null
 * @param totalTime          value of the configured "Total Time" field as text, or null
 * @param readProblems       values Asana sent that could not be read (a list where text belongs, {@code "1,5"}
 *                           as Actual time): the item is kept, and these become findings
 * @param deliveredOn        raw date (YYYY-MM-DD) from the source {@code csh.asana.delivered-on} names ({@code due_on}
 *                           or a date custom field), for work logged after the fact; null when that source is
 *                           {@code completed_at} or empty, so that {@code completedAt} dates the item
 * @param projectGids        gids of the projects the task is a member of ({@code memberships}), for a task of a
 *                           log project also added to its engagement
 */
public record AsanaWorkItem(
        String gid,
        String parentGid,
        String name,
        String notes,
        String url,
        boolean completed,
        String completedAt,
        Optional<Double> actualTimeMinutes,
        String githubUrl,
        String githubHours,
        String totalTime,
        List<String> readProblems,
        String deliveredOn,
        List<String> projectGids) {

    public AsanaWorkItem {
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        // snapshots stored before it was optional say null for never timed
        actualTimeMinutes = actualTimeMinutes == null ? Optional.empty() : actualTimeMinutes;
        readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
        projectGids = projectGids == null ? List.of() : List.copyOf(projectGids);
    }

    /** An item dated by {@code completed_at}, a member of no project but its CSH task's. */
    public AsanaWorkItem(String gid, String parentGid, String name, String notes, String url, boolean completed,
            String completedAt, Optional<Double> actualTimeMinutes, String githubUrl, String githubHours, String totalTime,
            List<String> readProblems) {
        this(gid, parentGid, name, notes, url, completed, completedAt, actualTimeMinutes, githubUrl, githubHours,
                totalTime, readProblems, null, List.of());
    }

    /** An item whose every value could be read. */
    public AsanaWorkItem(String gid, String parentGid, String name, String notes, String url, boolean completed,
            String completedAt, Optional<Double> actualTimeMinutes, String githubUrl, String githubHours, String totalTime) {
        this(gid, parentGid, name, notes, url, completed, completedAt, actualTimeMinutes, githubUrl, githubHours,
                totalTime, List.of());
    }

    public boolean isMirror() {
        return githubUrl != null && !githubUrl.isBlank();
    }
}
