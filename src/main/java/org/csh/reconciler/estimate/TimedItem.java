package org.csh.reconciler.estimate;

import java.time.Instant;

/** A completed work item whose hours were logged: what estimators learn from. */
public record TimedItem(String url, String title, String text, long minutes, Instant completedAt) {
}
