package org.csh.reconciler.reconcile;

/** Where a work item was logged: on GitHub, directly in Asana, or on GitHub with an Asana mirror. */
public enum Source {
    GITHUB("GitHub"), ASANA("Asana"), BOTH("Both");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
