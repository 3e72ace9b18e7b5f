package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Community;

/** Collects findings that do not belong to a single work item (engagements, CSH tasks, communities). */
final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();

    void add(Finding.Code code, Optional<Community> community, String url, String detail) {
        findings.add(new Finding(code, community.map(Community::name), Optional.ofNullable(url), detail));
    }

    /** A finding with nothing to open: it is about a contract, not an issue or a task. */
    void add(Finding.Code code, Optional<Community> community, String detail) {
        findings.add(new Finding(code, community.map(Community::name), Optional.empty(), detail));
    }

    List<Finding> all() {
        return findings;
    }
}
