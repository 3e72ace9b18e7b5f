package org.csh.reconciler.job;

import org.csh.reconciler.cli.RunArguments;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;

/** The run's date range as typed, identifying job parameters. */
final class JobRange {

    static final String FROM = "from";
    static final String TO = "to";
    static final String RUN = "run";
    /** Non-identifying: {@code false} for {@code --no-email}; a restart may change it. */
    static final String EMAIL = "email";
    /** Non-identifying: {@code false} for {@code --no-write-back}; a restart may change it. */
    static final String WRITE_BACK = "writeBack";

    private JobRange() {
    }

    static RunArguments.DateRange of(StepContribution contribution) {
        return of(contribution.getStepExecution().getJobExecution().getJobParameters());
    }

    static RunArguments.DateRange of(JobParameters parameters) {
        return new RunArguments.DateRange(parameters.getLocalDate(FROM), parameters.getLocalDate(TO));
    }

    /** {@code run} tells apart reruns of a range that already completed; a restart keeps it. */
    static JobParameters parameters(RunArguments.DateRange range, long run) {
        return new JobParametersBuilder()
                .addLocalDate(FROM, range.from())
                .addLocalDate(TO, range.to())
                .addLong(RUN, run)
                .toJobParameters();
    }

    /** As {@link #parameters(RunArguments.DateRange, long)}, plus whether this run may email BD. */
    static JobParameters parameters(RunArguments.DateRange range, long run, boolean email) {
        return new JobParametersBuilder(parameters(range, run))
                .addJobParameter(EMAIL, email, Boolean.class, false)
                .toJobParameters();
    }

    /** As {@link #parameters(RunArguments.DateRange, long, boolean)}, plus whether this run may write to Asana. */
    static JobParameters parameters(RunArguments.DateRange range, long run, boolean email, boolean writeBack) {
        return new JobParametersBuilder(parameters(range, run, email))
                .addJobParameter(WRITE_BACK, writeBack, Boolean.class, false)
                .toJobParameters();
    }

    /** Whether the run may write the used hours back to Asana; runs started without the parameter may. */
    static boolean writeBack(JobParameters parameters) {
        JobParameter<?> writeBack = parameters.getParameter(WRITE_BACK);
        return writeBack == null || !Boolean.FALSE.equals(writeBack.value());
    }

    /** Whether the run may email BD; runs started without the parameter may. */
    static boolean email(JobParameters parameters) {
        JobParameter<?> email = parameters.getParameter(EMAIL);
        return email == null || !Boolean.FALSE.equals(email.value());
    }
}
