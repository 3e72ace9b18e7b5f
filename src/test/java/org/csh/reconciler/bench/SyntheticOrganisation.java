package org.csh.reconciler.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import java.util.Optional;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSnapshot;

/**
 * A made-up organisation of any size, for the benchmark: per community, half of its work items are GitHub
 * issues mirrored in Asana (a share of them sub-issues of another issue of the community), the other half
 * Asana-only subtasks of the community's one CSH task. The same parameters always give the same data.
 *
 * @param communities      engagements, each with a contract and one CSH task
 * @param itemsPerCommunity work items per community
 * @param subIssueShare    share of a community's GitHub issues that are sub-issues (two per parent)
 * @param repositories     GitHub repositories the issues are spread over
 */
public record SyntheticOrganisation(int communities, int itemsPerCommunity, double subIssueShare, int repositories,
        GitHubSnapshot github, AsanaSnapshot asana, String communitiesYaml) {

    public static final String ORGANISATION = "bench-org";
    public static final int PROJECT_NUMBER = 1;
    public static final String PORTFOLIO_GID = "1300000000000001";
    public static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    public static final LocalDate TO = LocalDate.of(2026, 11, 25);
    /** Every record is last edited before this instant. */
    public static final Instant EDITED = TO.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3_600);

    public static SyntheticOrganisation generate(int communities, int itemsPerCommunity, double subIssueShare,
            int repositories) {
        Random random = new Random(42);
        List<GitHubIssue> issues = new ArrayList<>();
        Map<String, Double> boardHours = new LinkedHashMap<>();
        List<Engagement> engagements = new ArrayList<>();
        StringBuilder yaml = new StringBuilder("communities:\n");
        int[] numbers = new int[repositories];
        long gid = 1_300_000_000_100_000L;
        for (int c = 0; c < communities; c++) {
            String name = communityName(c);
            String alias = String.format("community-%04d", c);
            yaml.append("  - name: ").append(name).append('\n')
                    .append("    aliases: [").append(alias).append("]\n")
                    .append("    contracts:\n")
                    .append("      - { start: 2026-01-01, end: 2026-12-31, hours: ").append(40 + c % 200).append(" }\n");
            int githubItems = itemsPerCommunity / 2;
            int subIssues = (int) Math.round(githubItems * subIssueShare) / 2 * 2;
            int labelled = githubItems - subIssues;
            String cshGid = Long.toString(gid++);
            List<AsanaWorkItem> items = new ArrayList<>();
            List<GitHubIssue> parents = new ArrayList<>();
            for (int i = 0; i < labelled; i++) {
                int repo = (c + i) % repositories;
                String repository = repository(repo);
                int number = ++numbers[repo];
                String url = "https://github.com/" + repository + "/issues/" + number;
                boolean closed = random.nextInt(4) != 0;
                boolean parent = i < subIssues / 2;
                GitHubIssue issue = new GitHubIssue(url, repository, number, "Help " + name + " with task " + i,
                        "Work for " + name + ".", List.of("CSH", alias), closed ? "closed" : "open",
                        closed ? "completed" : null, closed ? completedAt(random) : null, EDITED, true,
                        parent ? 2 : 0, null);
                issues.add(issue);
                if (parent) {
                    parents.add(issue);
                }
                if (random.nextBoolean()) {
                    boardHours.put(url, (double) (1 + random.nextInt(8)));
                }
                items.add(mirror(Long.toString(gid++), cshGid, issue, random));
            }
            for (GitHubIssue parent : parents) {
                for (int s = 0; s < 2; s++) {
                    int repo = (c + s) % repositories;
                    String repository = repository(repo);
                    int number = ++numbers[repo];
                    String url = "https://github.com/" + repository + "/issues/" + number;
                    boolean closed = random.nextBoolean();
                    GitHubIssue sub = new GitHubIssue(url, repository, number, "Part " + s + " of " + parent.title(),
                            "", List.of(), closed ? "closed" : "open", closed ? "completed" : null,
                            closed ? completedAt(random) : null, EDITED, false, 0, parent.url());
                    issues.add(sub);
                    items.add(mirror(Long.toString(gid++), cshGid, sub, random));
                }
            }
            for (int i = items.size(); i < itemsPerCommunity; i++) {
                boolean completed = random.nextInt(3) != 0;
                String itemGid = Long.toString(gid++);
                items.add(new AsanaWorkItem(itemGid, cshGid, "Office hours for " + name + " #" + i, "",
                        "https://app.asana.com/0/0/" + itemGid, completed,
                        completed ? completedAt(random).toString() : null,
                        Optional.ofNullable(random.nextInt(5) == 0 ? null : (double) (15 * (1 + random.nextInt(16)))), null, null, null));
            }
            String projectGid = Long.toString(gid++);
            CshTask csh = new CshTask(cshGid, "Community Success Hours 2026", "https://app.asana.com/0/" + projectGid
                    + "/" + cshGid, null, items);
            engagements.add(new Engagement(projectGid, name, "https://app.asana.com/0/" + projectGid, List.of(csh)));
        }
        List<String> repositoryNames = new ArrayList<>();
        for (int r = 0; r < repositories; r++) {
            repositoryNames.add(repository(r));
        }
        return new SyntheticOrganisation(communities, itemsPerCommunity, subIssueShare, repositories,
                new GitHubSnapshot(issues, boardHours, EDITED), new AsanaSnapshot(engagements, EDITED), yaml.toString());
    }

    /** {@code owner/name} of every repository. */
    public List<String> repositoryNames() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < repositories; r++) {
            names.add(repository(r));
        }
        return names;
    }

    public int workItems() {
        return communities * itemsPerCommunity;
    }

    static String communityName(int c) {
        return String.format("Community %04d", c);
    }

    private static String repository(int r) {
        return ORGANISATION + "/support-" + r;
    }

    private static AsanaWorkItem mirror(String gid, String parentGid, GitHubIssue issue, Random random) {
        Double minutes = random.nextBoolean() ? (double) (30 * (1 + random.nextInt(6))) : null;
        return new AsanaWorkItem(gid, parentGid, issue.title(), "", "https://app.asana.com/0/0/" + gid,
                issue.isClosed(), issue.closedAt() == null ? null : issue.closedAt().toString(), Optional.ofNullable(minutes),
                issue.url(), null, null);
    }

    private static Instant completedAt(Random random) {
        return FROM.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400L * 30)
                .plusSeconds(random.nextInt(50 * 86_400));
    }
}
