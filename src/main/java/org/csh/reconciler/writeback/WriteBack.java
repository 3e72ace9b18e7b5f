package org.csh.reconciler.writeback;

import java.util.List;
import java.util.Optional;

import org.csh.reconciler.asana.AsanaAccessException;
import org.csh.reconciler.asana.AsanaFieldWriter;
import org.csh.reconciler.asana.AsanaUnavailableException;
import org.csh.reconciler.fetch.BoundedRequests;

/**
 * Carries out a {@link WriteBackPlan}: one write per update, a few at once. A write Asana refuses (a token without
 * write access: 403) or that still fails after the retries is a line saying which task and what Asana said, never a
 * failed run: the report and the email do not depend on it, and the next run writes the task again.
 */
public final class WriteBack {

    /** Asana allows 15 concurrent writes per token, fewer than its 50 reads. */
    static final int MAX_CONCURRENT_WRITES = 15;

    private WriteBack() {
    }

    /** What the write-back did. */
    public record Outcome(WriteBackPlan plan, int written, List<String> failures) {

        public Outcome {
            failures = List.copyOf(failures);
        }

        /** The INFO line: {@code write-back to Asana field 'Hours Used': 7 tasks written, 1 unchanged, …}. */
        public String summary() {
            return "write-back to Asana field '" + plan.field() + "': " + tasks(written) + " written, "
                    + plan.unchanged() + " unchanged, " + plan.problems().size() + " missing the field, "
                    + failures.size() + " failed"
                    + (plan.withoutContract() == 0 ? "" : "; " + tasks(plan.withoutContract())
                            + (plan.withoutContract() == 1 ? " of a community" : " of communities") + " with no"
                            + " contract on " + plan.to() + (plan.withoutContract() == 1 ? " left as it is"
                                    : " left as they are"));
        }

        private static String tasks(int count) {
            return count + (count == 1 ? " current CSH task" : " current CSH tasks");
        }
    }

    /** Writes every update of {@code plan} through {@code writer}, at most {@code concurrency} (and 15) at once. */
    public static Outcome apply(WriteBackPlan plan, AsanaFieldWriter writer, int concurrency) {
        List<Optional<String>> failures;
        try (BoundedRequests requests = new BoundedRequests("asana-write",
                Math.max(1, Math.min(concurrency, MAX_CONCURRENT_WRITES)))) {
            failures = requests.map(plan.updates(), update -> write(update, plan.field(), writer));
        }
        List<String> failed = failures.stream().flatMap(Optional::stream).toList();
        return new Outcome(plan, plan.updates().size() - failed.size(), failed);
    }

    /** Empty when written; else the line that says what Asana said. */
    private static Optional<String> write(FieldUpdate update, String field, AsanaFieldWriter writer) {
        try {
            writer.setNumber(update.task().gid(), update.fieldGid(), update.hours());
            return Optional.empty();
        } catch (AsanaAccessException | AsanaUnavailableException e) {
            return Optional.of("write-back: could not set '" + field + "' of " + WriteBackPlan.describe(update.task())
                    + " to " + update.hours().toPlainString() + ": " + e.getMessage()
                    + "; it keeps its old value until a run can write it");
        }
    }
}
