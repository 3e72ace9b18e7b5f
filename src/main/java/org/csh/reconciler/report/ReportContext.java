package org.csh.reconciler.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.store.StatusSnapshot;

/**
 * What the workbook says about its run besides the result: when it ran, what it read, the rules in force,
 * and the earlier runs the trend is drawn from.
 *
 * @param generatedAt when the report was written; shown in {@code zone}
 * @param sources     what each source delivered, e.g. GitHub issues and Asana items
 * @param thresholds  the ratios of rule 6; empty when the caller does not know them
 * @param communities the contracts file as read for this run
 * @param history     earlier completed runs, oldest first (any run of the same range is replaced by this one)
 * @param trendRuns   how many runs the Trend sheet shows, this one included
 */
public record ReportContext(
        Instant generatedAt,
        ZoneId zone,
        List<SourceCount> sources,
        Optional<Thresholds> thresholds,
        List<Community> communities,
        List<StatusSnapshot> history,
        int trendRuns) {

    public static final int DEFAULT_TREND_RUNS = 12;

    public ReportContext {
        sources = List.copyOf(sources);
        communities = List.copyOf(communities);
        history = List.copyOf(history);
        if (trendRuns < 1) {
            throw new IllegalArgumentException("the trend needs at least one run, not " + trendRuns);
        }
    }

    /** A context that knows only the time: no sources, rules or history. */
    public static ReportContext at(Instant generatedAt) {
        return new ReportContext(generatedAt, ZoneOffset.UTC, List.of(), Optional.empty(), List.of(), List.of(),
                DEFAULT_TREND_RUNS);
    }

    /** How many items one source delivered, e.g. {@code GitHub issues, 120, repositories acme/support}. */
    public record SourceCount(String source, long items, String detail) {

        /** The Read me sheet's line for GitHub: what was read, from where, and the board's hours. */
        public static SourceCount github(long issues, long labelled, String label, List<String> repositories,
                String boardOwner, int boardNumber, long boardValues) {
            long unlabelled = issues - labelled;
            return new SourceCount("GitHub issues", issues, labelled + " labelled " + label + " in "
                    + String.join(", ", repositories) + " and " + unlabelled
                    + (unlabelled == 1 ? " unlabelled sub-issue" : " unlabelled sub-issues")
                    + " of them; hours from board " + boardOwner + " #" + boardNumber + " (" + boardValues
                    + " with hours)");
        }

        /** The Read me sheet's line for Asana: the items under the CSH tasks, and the log projects read. */
        public static SourceCount asana(long items, long engagements, String cshTaskName, String portfolioGid,
                List<String> projectGids, List<String> logProjectGids) {
            String where = projectGids.isEmpty() ? "portfolio " + portfolioGid
                    : "projects " + String.join(", ", projectGids);
            return new SourceCount("Asana items", items, "under the \"" + cshTaskName + "\" tasks of " + engagements
                    + " engagements in " + where
                    + (logProjectGids.isEmpty() ? "" : ", and in log projects " + String.join(", ", logProjectGids)));
        }
    }

    /** {@code csh.flags.over-ratio} and {@code csh.flags.under-ratio}. */
    public record Thresholds(BigDecimal overRatio, BigDecimal underRatio) {
    }
}
