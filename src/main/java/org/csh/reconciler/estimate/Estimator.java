package org.csh.reconciler.estimate;

/** Guesses the hours of an untimed work item from its title and description. Same input, same answer. */
public interface Estimator {

    Estimate estimate(String title, String text);
}
