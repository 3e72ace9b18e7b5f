package org.csh.reconciler.cli;

/** A command-line argument or setting the job cannot run with; the message is the one line operators see. */
public class BadArgumentsException extends RuntimeException {

    public BadArgumentsException(String message) {
        super(message);
    }
}
