package org.csh.reconciler.balance;

/** No balance can be given: no completed run yet, or no community by the name asked. The message says which. */
public class BalanceUnavailableException extends RuntimeException {

    public BalanceUnavailableException(String message) {
        super(message);
    }
}
