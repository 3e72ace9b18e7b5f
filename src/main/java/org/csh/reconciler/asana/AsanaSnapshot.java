package org.csh.reconciler.asana;

import java.time.Instant;
import java.util.List;

/** Everything read from Asana in one run: the engagements, their CSH tasks and work items. */
public record AsanaSnapshot(List<Engagement> engagements, Instant fetchedAt) {

    public AsanaSnapshot {
        engagements = List.copyOf(engagements);
    }
}
