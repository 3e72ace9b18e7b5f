package org.csh.reconciler.cli;

/** A property that cannot be used, found at start-up: the message lists every one, with where it was set. */
public class BadConfigurationException extends RuntimeException {

    public BadConfigurationException(String message) {
        super(message);
    }
}
