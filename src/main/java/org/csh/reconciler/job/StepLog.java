package org.csh.reconciler.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line per step: what it read and wrote, and how long it took. */
class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        log.info("step {} {}: read {}, wrote {}, {} ms", step.getStepName(), step.getStatus(), step.getReadCount(),
                step.getWriteCount(), millis);
        return step.getExitStatus();
    }
}
