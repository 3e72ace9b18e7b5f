package org.csh.reconciler.estimate;

import java.util.Optional;

/** Guesses the hours of an untimed work item from its title and description. Same input, same answer. */
public interface Estimator {

    Estimate estimate(String title, String text);

    /**
     * How this estimator proved itself on the history it learned from, when it back-tested itself while learning
     * (the self-calibrating estimator does); empty when it did not, and a caller must back-test it.
     */
    default Optional<BackTestResult> backTest() {
        return Optional.empty();
    }
}
