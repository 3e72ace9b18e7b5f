package org.csh.reconciler.github;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.csh.reconciler.github.IssueBuilder.issue;
import static org.csh.reconciler.github.IssueBuilder.urlOf;

/** Two small repositories and a board, touching every case the GitHub source must read back. */
final class SampleRepositories {

    static final Instant FETCHED_AT = Instant.parse("2026-03-31T22:00:00Z");
    static final Clock CLOCK = Clock.fixed(FETCHED_AT, ZoneOffset.UTC);
    static final String SUPPORT = "acme/support";
    static final String INFRA = "acme/infra";
    /** More board items than one GraphQL page (100) holds. */
    static final int OTHER_BOARD_ITEMS = 117;

    private SampleRepositories() {
    }

    /** Issues sorted by repository and number, the order the source returns them in. */
    static GitHubSnapshot snapshot() {
        List<GitHubIssue> issues = List.of(
                issue(INFRA, 8).csh().title("Set up backups for ExampleU").build(),
                issue(INFRA, 9).title("Restore drill (nested two levels)").closed("completed", "2026-03-05T12:00:00Z")
                        .under(SUPPORT, 5).build(),
                issue(SUPPORT, 1).csh().label("ExampleU").title("1h onboarding call x 2 staff").body("Notes").build(),
                issue(SUPPORT, 2).csh().title("Migrate the wiki").closed("completed", "2026-03-10T09:30:00Z")
                        .subIssues(2).build(),
                issue(SUPPORT, 3).csh().title("Not needed after all").closed("not_planned", "2026-03-11T09:30:00Z")
                        .build(),
                issue(SUPPORT, 4).csh().title("Same as #2").closed("duplicate", "2026-03-12T09:30:00Z").build(),
                issue(SUPPORT, 5).title("Move the pages (unlabelled sub-issue)").closed("completed", "2026-03-06T08:00:00Z")
                        .subIssues(1).under(SUPPORT, 2).build(),
                issue(SUPPORT, 6).csh().title("Redirects (labelled sub-issue)").under(SUPPORT, 2).build());
        Map<String, Double> boardHours = new LinkedHashMap<>();
        boardHours.put(urlOf(SUPPORT, 1), 2.0);
        boardHours.put(urlOf(SUPPORT, 2), 1.5);
        boardHours.put(urlOf(INFRA, 8), 0.0);
        for (int n = 1; n <= OTHER_BOARD_ITEMS; n++) {
            boardHours.put(urlOf("acme/other", n), n / 4.0);
        }
        return new GitHubSnapshot(issues, boardHours, FETCHED_AT);
    }
}
