package org.csh.reconciler.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line per step: what it read and wrote, and how long it took. */
class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        String line = line(step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(), took);
        if (step.getStatus() == BatchStatus.COMPLETED) {
            log.info(line);
        } else {
            log.warn(line);
        }
        return step.getExitStatus();
    }

    /** {@code step fetchGitHub COMPLETED: read 84 GitHub issues, wrote 1 snapshot, 1.3 s}. */
    static String line(String stepName, BatchStatus status, long read, long wrote, Duration took) {
        Counts counts = COUNTS.getOrDefault(stepName, Counts.ITEMS);
        return "step " + stepName + " " + status + ": read " + counts.read().of(read)
                + ", wrote " + counts.wrote().of(wrote) + ", " + duration(took);
    }

    /** What a number counts, so that each number in the log says it and two lines never seem to disagree. */
    record Noun(String one, String many) {

        String of(long count) {
            return count + " " + (count == 1 ? one : many);
        }
    }

    /** What a step's read and write counts count. */
    record Counts(Noun read, Noun wrote) {

        static final Counts ITEMS = new Counts(new Noun("item", "items"), new Noun("item", "items"));
    }

    private static final Noun SNAPSHOT = new Noun("snapshot", "snapshots");
    private static final Noun WORK_ITEMS = new Noun("work item", "work items");
    private static final Map<String, Counts> COUNTS = Map.of(
            "fetchGitHub", new Counts(new Noun("GitHub issue", "GitHub issues"), SNAPSHOT),
            "fetchAsana", new Counts(new Noun("Asana work item", "Asana work items"), SNAPSHOT),
            // each issue and each Asana item read, before linking makes one work item of an issue and its mirror
            "reconcile", new Counts(new Noun("issue or Asana item", "issues and Asana items"), WORK_ITEMS),
            "writeReport", new Counts(WORK_ITEMS, new Noun("file", "files")),
            "notify", new Counts(new Noun("community to tell BD about", "communities to tell BD about"),
                    new Noun("email", "emails")),
            "writeBack", new Counts(new Noun("current CSH task", "current CSH tasks"),
                    new Noun("field value", "field values")),
            "recordHistory", new Counts(new Noun("community", "communities"), new Noun("history row", "history rows")));

    /** Milliseconds under a second, tenths of seconds under a minute, then minutes and seconds. */
    static String duration(Duration took) {
        long millis = Math.max(0, took.toMillis());
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 59_950) { // from here on, one decimal would round to "60.0 s"
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
