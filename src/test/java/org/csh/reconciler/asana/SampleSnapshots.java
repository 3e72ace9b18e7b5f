package org.csh.reconciler.asana;

import static org.csh.reconciler.asana.WorkItemBuilder.item;

import java.time.Instant;
import java.util.List;

/** Small organisations to serve through the stub. */
final class SampleSnapshots {

    static final String UNIVERSITY = "1001";
    static final String LABS = "1002";
    static final String Q1 = "2001";
    static final String Q2 = "2002";
    static final String LABS_CSH = "2003";

    private SampleSnapshots() {
    }

    /**
     * Two engagements. Q1 has three direct work items (more than one page at page size 2), one with a child
     * and a grandchild; the grandchild holds "1,5" in GitHub Hours. The labs' CSH task has no work items.
     */
    static AsanaSnapshot small() {
        CshTask q1 = new CshTask(Q1, "Community Success Hours – Q1 2026", "https://app.asana.com/0/1001/2001", "7.5",
                List.of(
                        item("3001").under(Q1).named("Review governance doc").completedAt("2026-02-03T10:00:00.000Z")
                                .minutes(90.0).build(),
                        item("3002").under(Q1).named("Fix CI for #812").completedAt("2026-02-10T16:20:00.000Z")
                                .mirrorOf("https://github.com/example/repo/issues/812", "1.5").totalTime("3").build(),
                        item("3003").under("3002").named("Write release notes").notes("see #812").minutes(30.0).build(),
                        item("3004").under("3003").named("Proofread").githubHours("1,5").build(),
                        item("3005").under(Q1).named("Office hours").build()));
        CshTask q2 = new CshTask(Q2, "Community Success Hours – Q2 2026", "https://app.asana.com/0/1001/2002", null,
                List.of(item("3006").under(Q2).named("Security review, 2 staff").minutes(120.0).build()));
        CshTask labs = new CshTask(LABS_CSH, "Community Success Hours", "https://app.asana.com/0/1002/2003", "0",
                List.of());
        return new AsanaSnapshot(List.of(
                new Engagement(UNIVERSITY, "Example University", "https://app.asana.com/0/1001", List.of(q1, q2)),
                new Engagement(LABS, "ExampleU Labs", "https://app.asana.com/0/1002", List.of(labs))),
                Instant.parse("2026-03-01T00:00:00Z"));
    }
}
