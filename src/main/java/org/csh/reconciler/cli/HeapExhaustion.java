package org.csh.reconciler.cli;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a run that ran out of heap from other failures, so that it ends with status 3 and a line saying what to
 * do, not status 1 "unexpected": the out-of-memory error may arrive as itself, as the cause of a step's failure,
 * or as the job database's own "out of memory" error (H2 closes the database when it meets one).
 */
final class HeapExhaustion {

    /** H2's {@code ErrorCode.OUT_OF_MEMORY}. */
    private static final int H2_OUT_OF_MEMORY = 90108;

    private HeapExhaustion() {
    }

    /** The one-line reason when {@code failure} (or anything it was caused by) is the heap running out. */
    static Optional<String> reason(Throwable failure, String step) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof SQLException sql && sql.getErrorCode() == H2_OUT_OF_MEMORY) {
                return Optional.of("out of memory (" + t.getMessage() + ")" + (step == null ? "" : " in step " + step)
                        + " with at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap: give "
                        + "the JVM more (-Xmx, see docs/PERFORMANCE.md for what a run needs) and rerun the same range "
                        + "to resume");
            }
        }
        return Optional.empty();
    }
}
