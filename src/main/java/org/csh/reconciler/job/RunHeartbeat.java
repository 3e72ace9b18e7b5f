package org.csh.reconciler.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.csh.reconciler.settings.JobRunProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While this process runs the job, a daemon thread stamps {@code csh_run_heartbeat} every few seconds. A
 * SIGKILL leaves the execution STARTED in the Batch tables but stops the stamps, so the next run can tell a
 * dead run from a live one (see {@link RangeLauncher}).
 */
public class RunHeartbeat implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final JdbcTemplate jdbc;
    private final JobRunProperties settings;
    private final Clock clock;
    private final String host = localHost();
    private final long pid = ProcessHandle.current().pid();
    private volatile JobExecution current;
    private volatile CountDownLatch finished = new CountDownLatch(0);
    private volatile CountDownLatch launched = new CountDownLatch(0);
    private boolean stopRequested;
    private ScheduledExecutorService beats;
    private ScheduledFuture<?> beating;

    public RunHeartbeat(JdbcTemplate jdbc, JobRunProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void beforeJob(JobExecution execution) {
        if (stopRequested) {
            // SIGTERM came while the run was being launched: it stops before its first step, and resumes from it
            execution.setStatus(BatchStatus.STOPPING);
        }
        current = execution;
        finished = new CountDownLatch(1);
        long id = execution.getId();
        jdbc.update("DELETE FROM csh_run_heartbeat WHERE execution_id = ?", id);
        jdbc.update("INSERT INTO csh_run_heartbeat (execution_id, host, pid, beat_at_epoch_ms) VALUES (?, ?, ?, ?)",
                id, host, pid, clock.millis());
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "csh-heartbeat");
            thread.setDaemon(true); // never keeps the JVM alive
            return thread;
        });
        long every = settings.heartbeatInterval().toMillis();
        beating = beats.scheduleAtFixedRate(() -> beat(id), every, every, TimeUnit.MILLISECONDS);
    }

    private void beat(long id) {
        try {
            jdbc.update("UPDATE csh_run_heartbeat SET beat_at_epoch_ms = ? WHERE execution_id = ?", clock.millis(), id);
        } catch (RuntimeException e) {
            // a missed beat is harmless unless it lasts longer than csh.job.stale-after
            log.warn("heartbeat of execution {} not written: {}", id, e.getMessage());
        }
    }

    @Override
    public synchronized void afterJob(JobExecution execution) {
        if (beating != null) {
            beating.cancel(false);
            beats.shutdownNow();
        }
        try {
            jdbc.update("DELETE FROM csh_run_heartbeat WHERE execution_id = ?", execution.getId());
        } finally {
            current = null;
            finished.countDown();
        }
    }

    /** A launch begins: until {@link #launchEnded()}, a stop waits for it rather than finding no execution. */
    void launching() {
        launched = new CountDownLatch(1);
    }

    void launchEnded() {
        launched.countDown();
    }

    /**
     * Asks this process's run to stop: the execution already running, to be stopped by the caller; or, when the
     * launch has not reached the job yet, empty, and the job then stops before its first step. One lock with
     * {@link #beforeJob} closes the gap between the two.
     */
    synchronized Optional<JobExecution> requestStop() {
        stopRequested = true;
        return Optional.ofNullable(current);
    }

    /** Waits until a launch under way has returned; true if it did (or none was under way) within {@code millis}. */
    boolean awaitLaunch(long millis) throws InterruptedException {
        return launched.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The execution this process is running now, if any. */
    public Optional<JobExecution> current() {
        return Optional.ofNullable(current);
    }

    /** Waits until the current execution has ended; true if it did within {@code millis}. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The last sign of life of an execution: its heartbeat, else the Batch tables' last update of it. */
    Liveness liveness(JobExecution execution) {
        Optional<Liveness> beat = jdbc.query(
                "SELECT host, pid, beat_at_epoch_ms FROM csh_run_heartbeat WHERE execution_id = ?",
                rs -> rs.next()
                        ? Optional.of(new Liveness(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                        : Optional.<Liveness>empty(),
                execution.getId());
        return beat.orElseGet(() -> {
            java.time.LocalDateTime last = execution.getLastUpdated() != null ? execution.getLastUpdated()
                    : execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
            Instant at = last == null ? Instant.EPOCH : last.atZone(ZoneId.systemDefault()).toInstant();
            return new Liveness("", 0, at);
        });
    }

    /** Whether the run of {@code liveness} beats on another host, where this process cannot see its pid. */
    boolean isElsewhere(Liveness liveness) {
        return !liveness.host().isEmpty() && !host.equals(liveness.host());
    }

    /**
     * Waits, at most {@code csh.job.stale-after} and one beat, for the run of {@code execution} to stop beating: a
     * run killed on another host (OOM, lost node) leaves a heartbeat that is still fresh when the retry starts.
     *
     * @return its last liveness: dead if it stopped beating, alive if it kept beating throughout
     */
    Liveness awaitSilence(JobExecution execution) throws InterruptedException {
        long deadline = System.nanoTime() + settings.staleAfter().plus(settings.heartbeatInterval()).toNanos();
        Liveness liveness = liveness(execution);
        while (!isDead(liveness) && System.nanoTime() < deadline) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            Thread.sleep(Math.max(1, Math.min(settings.heartbeatInterval().toMillis(), left)));
            liveness = liveness(execution);
        }
        return liveness;
    }

    /** Removes the heartbeat of a run that has been recovered: the row would otherwise stay for ever. */
    void forget(JobExecution execution) {
        jdbc.update("DELETE FROM csh_run_heartbeat WHERE execution_id = ?", execution.getId());
    }

    /** Whether {@code liveness} shows a dead run: no beat for {@code staleAfter}, or its process gone on this host. */
    boolean isDead(Liveness liveness) {
        boolean stale = liveness.beatAt().plus(settings.staleAfter()).isBefore(clock.instant());
        boolean goneHere = host.equals(liveness.host()) && liveness.pid() > 0
                && ProcessHandle.of(liveness.pid()).map(p -> !p.isAlive()).orElse(true);
        return stale || goneHere;
    }

    private static String localHost() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** Where and when a run last showed it was alive. */
    record Liveness(String host, long pid, Instant beatAt) {
    }
}
