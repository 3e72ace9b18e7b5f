package org.csh.reconciler.cli;

/**
 * Starts one run of the job for a range: the job's side of the command line, so that the runner knows the job only
 * through this and the job depends on the command line, not the other way (ArchitectureTest).
 */
public interface RunLauncher {

    /**
     * {@code email} false ({@code --no-email}) writes the report but sends BD nothing; {@code writeBack} false
     * ({@code --no-write-back}) writes nothing to Asana.
     *
     * @throws AlreadyRunningException when another run holds the job
     */
    RunOutcome run(RunArguments.DateRange range, boolean email, boolean writeBack) throws Exception;
}
