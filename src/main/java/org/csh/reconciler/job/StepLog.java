package org.csh.reconciler.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

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

    /** {@code step fetchGitHub COMPLETED: read 84 items, wrote 1, 1.3 s}. */
    static String line(String stepName, BatchStatus status, long read, long wrote, Duration took) {
        return "step " + stepName + " " + status + ": read " + read + (read == 1 ? " item" : " items")
                + ", wrote " + wrote + ", " + duration(took);
    }

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
