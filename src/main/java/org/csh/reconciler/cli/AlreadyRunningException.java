package org.csh.reconciler.cli;

/** Another run of the job is in progress; this one must not touch the same data. */
public class AlreadyRunningException extends RuntimeException {

    public AlreadyRunningException(String message) {
        super(message);
    }
}
