package org.csh.reconciler.reconcile;

/** Whether a work item counts: only {@link #COMPLETED} work is delivered. */
public enum ItemState {
    OPEN("open"), COMPLETED("completed"), NOT_DELIVERED("not delivered");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
