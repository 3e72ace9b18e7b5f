package org.csh.reconciler.asana;

import java.util.Optional;

/** Builds an {@link AsanaWorkItem} with plain defaults, so that a test shows only the fields it cares about. */
final class WorkItemBuilder {

    private final String gid;
    private String parentGid;
    private String name;
    private String notes = "";
    private boolean completed;
    private String completedAt;
    private Double actualTimeMinutes;
    private String githubUrl;
    private String githubHours;
    private String totalTime;

    private WorkItemBuilder(String gid) {
        this.gid = gid;
        this.name = "Work item " + gid;
    }

    static WorkItemBuilder item(String gid) {
        return new WorkItemBuilder(gid);
    }

    WorkItemBuilder under(String parentGid) {
        this.parentGid = parentGid;
        return this;
    }

    WorkItemBuilder named(String name) {
        this.name = name;
        return this;
    }

    WorkItemBuilder notes(String notes) {
        this.notes = notes;
        return this;
    }

    WorkItemBuilder completedAt(String completedAt) {
        this.completed = true;
        this.completedAt = completedAt;
        return this;
    }

    WorkItemBuilder minutes(double minutes) {
        this.actualTimeMinutes = minutes;
        return this;
    }

    WorkItemBuilder mirrorOf(String githubUrl, String githubHours) {
        this.githubUrl = githubUrl;
        this.githubHours = githubHours;
        return this;
    }

    WorkItemBuilder githubHours(String githubHours) {
        this.githubHours = githubHours;
        return this;
    }

    WorkItemBuilder totalTime(String totalTime) {
        this.totalTime = totalTime;
        return this;
    }

    AsanaWorkItem build() {
        return new AsanaWorkItem(gid, parentGid, name, notes, "https://app.asana.com/0/0/" + gid, completed,
                completedAt, Optional.ofNullable(actualTimeMinutes), githubUrl, githubHours, totalTime);
    }
}
