package org.csh.reconciler.job;

import org.csh.reconciler.settings.JobRunProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.SmartLifecycle;

/**
 * On SIGTERM (Kubernetes, systemd, Ctrl-C) asks the running job to stop and waits, bounded by
 * {@code csh.job.stop-timeout}, until it has: the current step finishes, the execution ends STOPPED and the
 * next run of the range resumes from the next step. Stopped first, before the database pool closes.
 */
public class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator operator;
    private final RunHeartbeat heartbeat;
    private final JobRunProperties settings;
    private volatile boolean running;

    public GracefulStop(JobOperator operator, RunHeartbeat heartbeat, JobRunProperties settings) {
        this.operator = operator;
        this.heartbeat = heartbeat;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecution execution = heartbeat.requestStop().orElse(null);
        if (execution == null) {
            awaitLaunch();
            return;
        }
        log.warn("shutting down: stopping execution {} after its current step (waiting up to {} s)",
                execution.getId(), settings.stopTimeout().toSeconds());
        try {
            operator.stop(execution);
            if (!heartbeat.awaitEnd(settings.stopTimeout().toMillis())) {
                log.warn("execution {} did not stop within {} s; the next run recovers it once its heartbeat is stale",
                        execution.getId(), settings.stopTimeout().toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("could not stop execution {}: {}", execution.getId(), e.getMessage());
        }
    }

    /** SIGTERM during the launch (recovery, restart checks): the job stops before its first step; wait for that. */
    private void awaitLaunch() {
        try {
            if (!heartbeat.awaitLaunch(settings.stopTimeout().toMillis())) {
                log.warn("shutting down: the run being launched did not stop within {} s",
                        settings.stopTimeout().toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // highest phase stops first: the job must end while the database is still there
        return Integer.MAX_VALUE;
    }
}
