package org.csh.reconciler.estimate;

import java.util.List;

/** Builds an {@link Estimator} that has learned from the organisation's own timed work items. */
public interface EstimatorFactory {

    Estimator train(List<TimedItem> history);
}
