package org.csh.reconciler.cli;

import java.sql.SQLException;

/**
 * Turns an exception that stopped the application before the job ran into an exit status and one line:
 * an H2 job database held by another process means another run is in progress (status 4).
 */
public final class StartupFailure {

    /** H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private StartupFailure() {
    }

    public static int exitStatus(Throwable failure) {
        return databaseInUse(failure) ? ReconcileRunner.ALREADY_RUNNING : ReconcileRunner.UNEXPECTED;
    }

    public static String reason(Throwable failure) {
        if (databaseInUse(failure)) {
            return "another run is in progress: it holds the H2 job database (spring.datasource.url); this run did nothing";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "could not start: " + message.replaceAll("\\s*\\R\\s*", " | ").strip();
    }

    private static boolean databaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }
}
