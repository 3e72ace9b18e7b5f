package org.csh.reconciler.asana;

import java.time.Instant;
import java.util.List;

/**
 * Everything read from Asana in one run: the engagements with their CSH tasks and work items, in portfolio order,
 * and the work items of the log projects.
 */
public record AsanaSnapshot(List<Engagement> engagements, List<LogProject> logProjects, Instant fetchedAt) {

    public AsanaSnapshot {
        engagements = List.copyOf(engagements);
        logProjects = logProjects == null ? List.of() : List.copyOf(logProjects);
    }

    /** A snapshot with no log projects. */
    public AsanaSnapshot(List<Engagement> engagements, Instant fetchedAt) {
        this(engagements, List.of(), fetchedAt);
    }
}
