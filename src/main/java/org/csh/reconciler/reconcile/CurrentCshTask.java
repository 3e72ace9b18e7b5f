package org.csh.reconciler.reconcile;

import java.util.Optional;

import org.csh.reconciler.asana.CustomFieldValue;

/**
 * A CSH task staff log the current period's work under: the one whose period holds the run's {@code to} date, or a
 * community's only CSH task when it has no period. The write-back shows the community's used hours on it.
 *
 * @param community the community its engagement belongs to, as the Summary names it
 * @param usedField the write-back's field as the run read it; empty when the task lacks it (or no write-back is set)
 */
public record CurrentCshTask(String gid, String name, String url, String community,
        Optional<CustomFieldValue> usedField) {

    public CurrentCshTask {
        usedField = usedField == null ? Optional.empty() : usedField;
    }
}
