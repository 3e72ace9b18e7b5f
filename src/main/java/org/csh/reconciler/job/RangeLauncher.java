package org.csh.reconciler.job;

import java.util.Optional;

import org.csh.reconciler.cli.AlreadyRunningException;
import org.csh.reconciler.cli.RunArguments;
import org.csh.reconciler.settings.JobRunProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.csh.reconciler.cli.RunLauncher;
import org.csh.reconciler.cli.RunOutcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the job for a date range, deciding between a first run, a restart and a rerun: a FAILED or STOPPED
 * run of the range resumes from its failed step; a range that already COMPLETED runs again as a new instance.
 */
public class RangeLauncher implements RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RangeLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunHeartbeat heartbeat;
    private final JobRunProperties settings;

    public RangeLauncher(JobOperator operator, JobRepository repository, Job job, RunHeartbeat heartbeat,
            JobRunProperties settings) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.heartbeat = heartbeat;
        this.settings = settings;
    }

    @Override
    public RunOutcome run(RunArguments.DateRange range, boolean email, boolean writeBack) throws Exception {
        return outcome(launch(range, email, writeBack));
    }

    static RunOutcome outcome(JobExecution execution) {
        Optional<String> unfinishedStep = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(s -> s.getStepName()).findFirst();
        return new RunOutcome(execution.getJobInstance().getJobName(), JobRange.of(execution.getJobParameters()),
                execution.getStatus().name(), unfinishedStep, execution.getAllFailureExceptions().stream().findFirst(),
                Optional.ofNullable(execution.getExecutionContext().getString(WriteReportTasklet.WORKBOOK_PATH, null)),
                BackTestFigures.of(execution));
    }

    /**
     * {@code email} false ({@code --no-email}) writes the report but sends BD nothing; {@code writeBack} false
     * ({@code --no-write-back}) writes nothing to Asana even where {@code csh.asana.write-back.used-field} is set.
     */
    public JobExecution launch(RunArguments.DateRange range, boolean email, boolean writeBack) throws Exception {
        heartbeat.launching();
        try {
            return launchOnce(range, email, writeBack);
        } finally {
            heartbeat.launchEnded();
        }
    }

    private JobExecution launchOnce(RunArguments.DateRange range, boolean email, boolean writeBack) throws Exception {
        recoverDeadRuns();
        for (long run = 1; ; run++) {
            JobParameters parameters = JobRange.parameters(range, run, email, writeBack);
            JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
            if (last == null) {
                log.info("starting {} for {} to {}", job.getName(), range.from(), range.to());
                return start(parameters);
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                continue;
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                log.info("restarting {} for {} to {} after it {} (execution {})", job.getName(), range.from(), range.to(),
                        status, last.getId());
                return start(parameters);
            }
            throw new AlreadyRunningException("a run for " + range.from() + " to " + range.to()
                    + " is already in progress (execution " + last.getId() + ", " + status + ")");
        }
    }

    /**
     * One run at a time, whatever its range: a live run makes this one give up; a run that stopped beating
     * (SIGKILL, lost node) is marked FAILED so that its range can be restarted, never stuck as STARTED.
     */
    private void recoverDeadRuns() throws InterruptedException {
        for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
            RunHeartbeat.Liveness liveness = heartbeat.liveness(running);
            RunArguments.DateRange range = JobRange.of(running.getJobParameters());
            if (!heartbeat.isDead(liveness) && heartbeat.isElsewhere(liveness)) {
                log.warn("execution {} ({} to {}) beats on host {} (last heartbeat {}); waiting up to {} s for it to "
                        + "stop, as a run killed there and retried here would", running.getId(), range.from(),
                        range.to(), liveness.host(), liveness.beatAt(), settings.staleAfter().toSeconds());
                liveness = heartbeat.awaitSilence(running);
                JobExecution now = repository.getJobExecution(running.getId());
                if (now == null || !now.getStatus().isRunning()) {
                    log.info("execution {} ended ({}) while this run waited", running.getId(),
                            now == null ? "gone" : now.getStatus());
                    continue;
                }
            }
            if (!heartbeat.isDead(liveness)) {
                throw new AlreadyRunningException("another run is in progress (execution " + running.getId() + ", "
                        + range.from() + " to " + range.to() + ", host " + liveness.host() + " pid " + liveness.pid()
                        + ", last heartbeat " + liveness.beatAt() + "); this run did nothing. A run that shows no "
                        + "heartbeat for csh.job.stale-after (" + settings.staleAfter().toSeconds() + " s) is recovered"
                        + (heartbeat.isElsewhere(liveness) ? "; it kept beating while this run waited that long" : ""));
            }
            log.warn("recovering execution {} ({} to {}): {} but its process is gone (last heartbeat {}); marking it FAILED",
                    running.getId(), range.from(), range.to(), running.getStatus(), liveness.beatAt());
            operator.recover(running);
            heartbeat.forget(running);
        }
    }

    private JobExecution start(JobParameters parameters) throws Exception {
        try {
            return operator.start(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new AlreadyRunningException("another run of the same range is already in progress");
        }
    }
}
