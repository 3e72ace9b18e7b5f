package org.csh.reconciler.reconcile;

import java.util.List;

/** Small lookups over a result, so that assertions read as the rule they check. */
final class Results {

    private Results() {
    }

    static WorkItem item(ReconcileResult result, String url) {
        return result.items().stream().filter(i -> i.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no work item " + url + " in " + result.items()));
    }

    static CommunityStatus status(ReconcileResult result, String community) {
        return result.communities().stream().filter(c -> c.community().equals(community)).findFirst()
                .orElseThrow(() -> new AssertionError("no community " + community));
    }

    static List<Finding> findings(ReconcileResult result, Finding.Code code) {
        return result.findings().stream().filter(f -> f.code() == code).toList();
    }

    static List<Finding.Code> codes(ReconcileResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
