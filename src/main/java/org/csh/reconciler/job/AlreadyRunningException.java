package org.csh.reconciler.job;

/** Another run of the job is in progress; this one must not touch the same data. */
public class AlreadyRunningException extends RuntimeException {

    public AlreadyRunningException(String message) {
        super(message);
    }
}
