package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Community;

/** Collects findings that do not belong to a single work item (engagements, CSH tasks, communities). */
final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();

    void add(Finding.Code code, Optional<Community> community, String url, String detail) {
        findings.add(new Finding(code, community.map(Community::name), url == null ? "" : url, detail));
    }

    List<Finding> all() {
        return findings;
    }
}
