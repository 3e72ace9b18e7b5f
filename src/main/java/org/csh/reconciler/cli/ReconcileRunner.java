package org.csh.reconciler.cli;

import java.time.Clock;
import java.util.Optional;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.InvalidCommunitiesFileException;
import org.csh.reconciler.settings.CshProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs the job once per process and turns its outcome into the exit status operators and cron see:
 * 0 only when the job completed, otherwise non-zero with a one-line reason.
 */
public class ReconcileRunner implements ApplicationRunner, ExitCodeGenerator {

    /** Exit statuses; documented in the README. */
    public static final int COMPLETED = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;
    public static final int JOB_FAILED = 3;
    public static final int ALREADY_RUNNING = 4;

    private static final Logger log = LoggerFactory.getLogger(ReconcileRunner.class);

    private final CshProperties properties;
    private final RunLauncher launcher;
    private final Clock clock;
    private final StatementCommand statements;
    private final MailServer mailServer;
    private int exitCode = UNEXPECTED;
    private RunOutcome outcome;

    public ReconcileRunner(CshProperties properties, RunLauncher launcher, Clock clock, StatementCommand statements,
            MailServer mailServer) {
        this.properties = properties;
        this.mailServer = mailServer;
        this.launcher = launcher;
        this.clock = clock;
        this.statements = statements;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            RunArguments arguments = RunArguments.parse(args.getSourceArgs());
            RunArguments.DateRange range = arguments.range(properties.zone(), clock);
            Optional<Communities> communities = SettingsCheck.require(properties, mailServer, !arguments.noEmail());
            // an unknown community is a bad argument: say so before anything is fetched
            Optional<String> statement = arguments.statement()
                    .map(name -> communities.map(listed -> statements.resolve(name, listed)).orElse(name));
            outcome = launcher.run(range, !arguments.noEmail(), !arguments.noWriteBack());
            report(outcome);
            if (exitCode == COMPLETED && statement.isPresent()) {
                log.info("statement written: {}", statements.write(range, statement.get()));
            }
            if (arguments.evaluateEstimates() && exitCode == COMPLETED) {
                System.out.println(EstimateEvaluation.text(outcome.backTest()));
            }
        } catch (BadArgumentsException e) {
            // one line, or a short line and one line per problem below it (ConfigurationProblems): kept as written
            failListing(e.getMessage(), e);
        } catch (InvalidCommunitiesFileException e) {
            fail(BAD_INPUT, e.getMessage(), e);
        } catch (AlreadyRunningException e) {
            fail(ALREADY_RUNNING, e.getMessage(), e);
        } catch (Exception | OutOfMemoryError e) {
            Optional<String> outOfMemory = HeapExhaustion.reason(e, null);
            if (outOfMemory.isPresent()) {
                fail(JOB_FAILED, outOfMemory.get(), e);
            } else if (e instanceof Error error) {
                throw error;
            } else {
                fail(UNEXPECTED, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            }
        }
    }

    private void report(RunOutcome outcome) {
        if (outcome.completed()) {
            exitCode = COMPLETED;
            log.info("{} completed for {} to {}: {}", outcome.jobName(), outcome.range().from(), outcome.range().to(),
                    outcome.workbook().orElse("no report"));
            return;
        }
        Throwable cause = outcome.failure().orElse(null);
        String step = outcome.unfinishedStep().map(name -> "step " + name).orElse("before its first step");
        if (outcome.stopped()) {
            fail(JOB_FAILED, "run STOPPED on request (SIGTERM) in " + step + "; rerun the same range to resume", null);
            return;
        }
        Optional<String> outOfMemory = cause == null ? Optional.empty()
                : HeapExhaustion.reason(cause, outcome.unfinishedStep().orElse(null));
        if (outOfMemory.isPresent()) {
            fail(JOB_FAILED, "run " + outcome.status() + ": " + outOfMemory.get(), cause);
            return;
        }
        fail(JOB_FAILED, "run " + outcome.status() + " in " + step
                + (cause == null ? "" : ": " + oneLine(cause)) + "; rerun the same range to resume", cause);
    }

    private void fail(int code, String reason, Throwable cause) {
        exitCode = code;
        String line = "csh-reconciler: " + oneLine(reason);
        System.err.println(line);
        log.error(line);
        if (cause != null) {
            log.debug("cause", cause);
        }
    }

    private void failListing(String lines, Throwable cause) {
        exitCode = BAD_INPUT;
        String message = "csh-reconciler: " + lines.strip();
        System.err.println(message);
        log.error(message);
        log.debug("cause", cause);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return oneLine(message);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " | ").strip();
    }

    /** How the run ended; null when none started. */
    public RunOutcome outcome() {
        return outcome;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
