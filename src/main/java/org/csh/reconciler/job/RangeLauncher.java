package org.csh.reconciler.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the job for a date range, deciding between a first run, a restart and a rerun: a FAILED or STOPPED
 * run of the range resumes from its failed step; a range that already COMPLETED runs again as a new instance.
 */
public class RangeLauncher {

    private static final Logger log = LoggerFactory.getLogger(RangeLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public RangeLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    public JobExecution launch(RunArguments.DateRange range) throws Exception {
        return launch(range, true);
    }

    /** {@code email} false ({@code --no-email}) writes the report but sends BD nothing. */
    public JobExecution launch(RunArguments.DateRange range, boolean email) throws Exception {
        for (long run = 1; ; run++) {
            JobParameters parameters = JobRange.parameters(range, run, email);
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

    private JobExecution start(JobParameters parameters) throws Exception {
        try {
            return operator.start(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new AlreadyRunningException("another run of the same range is already in progress");
        }
    }
}
