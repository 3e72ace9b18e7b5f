package org.csh.reconciler.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSnapshot;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled sample organisation that {@code --demo} serves, read from {@code demo/github.yml},
 * {@code demo/asana.yml} and {@code demo/communities.yml} on the class path: a research-hosting provider with nine
 * communities under contract, their GitHub issues, board hours, Asana engagements and contracts.
 *
 * <p>The files date everything relative to the run date ({@link RelativeDates}), so the demo looks alive on any
 * day and the same run date always gives the same data. What each community demonstrates is told in the files.
 */
public final class SampleOrganisation {

    private static final String GITHUB_FILE = "demo/github.yml";
    private static final String ASANA_FILE = "demo/asana.yml";
    private static final String COMMUNITIES_FILE = "demo/communities.yml";
    private static final DateTimeFormatter ASANA_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    // the files' shapes: Jackson refuses a key they do not name, so a typo in a file is an error, not a gap
    record GitHubFile(String organisation, List<String> repositories, String label, int board,
            List<IssueEntry> issues) {
    }

    /** {@code ref} is {@code repository#number}; closed issues are updated when closed. */
    record IssueEntry(String ref, String title, String body, List<String> labels, String closed, String reason,
            String updated, Double board, String parent) {
    }

    record AsanaFile(String portfolio, String hoursUsedFieldGid, List<EngagementEntry> engagements,
            List<LogEntry> logProjects) {
    }

    record EngagementEntry(String name, String gid, String community, String start, String due,
            List<TaskEntry> tasks) {
    }

    record TaskEntry(String name, String gid, String hoursTotal, Boolean hasHoursUsedField, List<ItemEntry> items) {
    }

    record LogEntry(String name, String gid, List<ItemEntry> items) {
    }

    /**
     * A work item. A {@code mirror} of an issue takes its title, text, URL and board hours, and is completed a minute
     * after the issue closes, as the sync automation does; {@code sameAs} in a log project is a task filed under a
     * CSH task and also added to the log.
     */
    record ItemEntry(String gid, String sameAs, String mirror, String name, String notes, String githubUrl,
            String completed, String completedAsTyped, Double minutes, String githubHours, String totalTime,
            List<String> alsoIn, List<ItemEntry> subtasks) {
    }

    record CommunitiesFile(List<CommunityEntry> communities) {
    }

    record CommunityEntry(String name, List<String> aliases, List<ContractEntry> contracts) {
    }

    record ContractEntry(String start, String end, int hours, String per) {
    }

    private final GitHubFile githubFile;
    private final AsanaFile asanaFile;
    private final GitHubSnapshot github;
    private final AsanaSnapshot asana;
    private final String communitiesYaml;

    private SampleOrganisation(GitHubFile githubFile, AsanaFile asanaFile, GitHubSnapshot github, AsanaSnapshot asana,
            String communitiesYaml) {
        this.githubFile = githubFile;
        this.asanaFile = asanaFile;
        this.github = github;
        this.asana = asana;
        this.communitiesYaml = communitiesYaml;
    }

    /** The sample as it stands on {@code runDate}. */
    public static SampleOrganisation load(LocalDate runDate) {
        RelativeDates dates = new RelativeDates(runDate);
        Instant fetchedAt = runDate.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        GitHubFile githubFile = read(GITHUB_FILE, GitHubFile.class);
        AsanaFile asanaFile = read(ASANA_FILE, AsanaFile.class);
        Map<String, GitHubIssue> issues = issues(githubFile, dates);
        Map<String, Double> board = new LinkedHashMap<>();
        githubFile.issues().stream().filter(i -> i.board() != null)
                .forEach(i -> board.put(issues.get(i.ref()).url(), i.board()));
        GitHubSnapshot github = new GitHubSnapshot(List.copyOf(issues.values()), board, fetchedAt);
        AsanaSnapshot asana = new Asana(asanaFile, dates, issues, board).snapshot(fetchedAt);
        String communities = communitiesYaml(read(COMMUNITIES_FILE, CommunitiesFile.class), dates, runDate);
        return new SampleOrganisation(githubFile, asanaFile, github, asana, communities);
    }

    public GitHubSnapshot github() {
        return github;
    }

    public AsanaSnapshot asana() {
        return asana;
    }

    /** The text of {@code communities.yml} for this sample. */
    public String communitiesYaml() {
        return communitiesYaml;
    }

    /** The GitHub organisation that holds the sample's repositories and its Projects v2 board. */
    public String organisation() {
        return githubFile.organisation();
    }

    /** The sample's repositories, as {@code owner/name}. */
    public List<String> repositories() {
        return githubFile.repositories().stream().map(r -> githubFile.organisation() + "/" + r).toList();
    }

    /** The label of CSH issues. */
    public String label() {
        return githubFile.label();
    }

    /** The number of the board holding the GitHub Hours field. */
    public int projectNumber() {
        return githubFile.board();
    }

    /** The gid of the "Active Engagements" portfolio. */
    public String portfolioGid() {
        return asanaFile.portfolio();
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = SampleOrganisation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path: the demo has no data");
            }
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return MAPPER.convertValue(tree, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, GitHubIssue> issues(GitHubFile file, RelativeDates dates) {
        Map<String, String> urls = new HashMap<>();
        Map<String, Integer> children = new HashMap<>();
        for (IssueEntry issue : file.issues()) {
            int hash = issue.ref().indexOf('#');
            urls.put(issue.ref(), "https://github.com/" + file.organisation() + "/" + issue.ref().substring(0, hash)
                    + "/issues/" + issue.ref().substring(hash + 1));
            if (issue.parent() != null) {
                children.merge(issue.parent(), 1, Integer::sum);
            }
        }
        Map<String, GitHubIssue> issues = new LinkedHashMap<>();
        for (IssueEntry issue : file.issues()) {
            int hash = issue.ref().indexOf('#');
            Instant closedAt = issue.closed() == null ? null : dates.instant(issue.closed());
            String reason = issue.reason() != null ? issue.reason() : closedAt != null ? "completed" : null;
            String parentUrl = issue.parent() == null ? null : Optional.ofNullable(urls.get(issue.parent()))
                    .orElseThrow(() -> new IllegalStateException(GITHUB_FILE + ": " + issue.ref() + " has parent "
                            + issue.parent() + ", which the file does not hold"));
            List<String> labels = issue.labels() == null ? List.of() : issue.labels();
            issues.put(issue.ref(), new GitHubIssue(urls.get(issue.ref()),
                    file.organisation() + "/" + issue.ref().substring(0, hash),
                    Integer.parseInt(issue.ref().substring(hash + 1)), dates.text(issue.title()), issue.body(), labels,
                    closedAt == null ? "open" : "closed", reason, closedAt,
                    closedAt != null ? closedAt : dates.instant(issue.updated()), labels.contains(file.label()),
                    children.getOrDefault(issue.ref(), 0), parentUrl));
        }
        return issues;
    }

    /** The Asana half of the sample, built from its file once the issues it mirrors are known. */
    private static final class Asana {
        private final AsanaFile file;
        private final RelativeDates dates;
        private final Map<String, GitHubIssue> issues;
        private final Map<String, Double> board;
        // a task filed under a CSH task and also added to a log project is a member of that project
        private final Map<String, String> loggedAlso = new HashMap<>();
        private final Map<String, AsanaWorkItem> filed = new HashMap<>();

        Asana(AsanaFile file, RelativeDates dates, Map<String, GitHubIssue> issues, Map<String, Double> board) {
            this.file = file;
            this.dates = dates;
            this.issues = issues;
            this.board = board;
            for (LogEntry log : file.logProjects()) {
                log.items().stream().filter(i -> i.sameAs() != null).forEach(i -> loggedAlso.put(i.sameAs(), log.gid()));
            }
        }

        AsanaSnapshot snapshot(Instant fetchedAt) {
            List<Engagement> engagements = file.engagements().stream().map(this::engagement).toList();
            List<LogProject> logs = file.logProjects().stream().map(this::logProject).toList();
            return new AsanaSnapshot(engagements, logs, fetchedAt);
        }

        private Engagement engagement(EngagementEntry entry) {
            List<CshTask> tasks = entry.tasks() == null ? List.of() : entry.tasks().stream().map(task -> {
                List<AsanaWorkItem> items = new ArrayList<>();
                add(task.items(), task.gid(), entry.gid(), List.of(), items);
                items.forEach(i -> filed.put(i.gid(), i));
                CustomFieldValue used = Boolean.FALSE.equals(task.hasHoursUsedField()) ? null
                        : new CustomFieldValue(file.hoursUsedFieldGid(), CustomFieldValue.NUMBER, null);
                return new CshTask(task.gid(), task.name(), url(entry.gid(), task.gid()), task.hoursTotal(), items,
                        null, null, used);
            }).toList();
            return new Engagement(entry.gid(), dates.text(entry.name()), url(entry.gid(), entry.gid()), tasks,
                    day(entry.start()), day(entry.due()), entry.community(), List.of());
        }

        private LogProject logProject(LogEntry entry) {
            List<AsanaWorkItem> items = new ArrayList<>();
            for (ItemEntry item : entry.items()) {
                if (item.sameAs() == null) {
                    add(List.of(item), null, entry.gid(), List.of(entry.gid()), items);
                    continue;
                }
                AsanaWorkItem task = Optional.ofNullable(filed.get(item.sameAs())).orElseThrow(() ->
                        new IllegalStateException(ASANA_FILE + ": log project " + entry.name() + " holds "
                                + item.sameAs() + ", which no CSH task holds"));
                items.add(new AsanaWorkItem(task.gid(), null, task.name(), task.notes(), task.url(), task.completed(),
                        task.completedAt(), task.actualTimeMinutes(), task.githubUrl(), task.githubHours(),
                        task.totalTime(), List.of(), null, task.projectGids()));
            }
            return new LogProject(entry.gid(), entry.name(), "https://app.asana.com/0/" + entry.gid(), items);
        }

        /** Adds {@code entries} and their subtasks, each parent before its children. */
        private void add(List<ItemEntry> entries, String parentGid, String projectGid, List<String> projects,
                List<AsanaWorkItem> out) {
            for (ItemEntry entry : entries == null ? List.<ItemEntry>of() : entries) {
                List<String> memberOf = new ArrayList<>(projects);
                Optional.ofNullable(loggedAlso.get(entry.gid())).ifPresent(memberOf::add);
                Optional.ofNullable(entry.alsoIn()).ifPresent(memberOf::addAll);
                out.add(item(entry, parentGid, projectGid, memberOf));
                add(entry.subtasks(), entry.gid(), projectGid, projects, out);
            }
        }

        private AsanaWorkItem item(ItemEntry entry, String parentGid, String projectGid, List<String> projects) {
            String name = dates.text(entry.name());
            String notes = entry.notes();
            String githubUrl = entry.githubUrl();
            String githubHours = entry.githubHours();
            String completedAt = entry.completed() != null ? ASANA_INSTANT.format(dates.instant(entry.completed()))
                    : dates.text(entry.completedAsTyped());
            if (entry.mirror() != null) {
                GitHubIssue issue = Optional.ofNullable(issues.get(entry.mirror())).orElseThrow(() ->
                        new IllegalStateException(ASANA_FILE + ": item " + entry.gid() + " mirrors " + entry.mirror()
                                + ", which " + GITHUB_FILE + " does not hold"));
                name = issue.title();
                notes = issue.body();
                githubUrl = issue.url();
                if (githubHours == null && board.containsKey(issue.url())) {
                    githubHours = BigDecimal.valueOf(board.get(issue.url())).stripTrailingZeros().toPlainString();
                }
                if (completedAt == null && issue.closedAt() != null) {
                    completedAt = ASANA_INSTANT.format(issue.closedAt().plusSeconds(60));
                }
            }
            return new AsanaWorkItem(entry.gid(), parentGid, name, notes, url(projectGid, entry.gid()),
                    completedAt != null, completedAt, Optional.ofNullable(entry.minutes()), githubUrl, githubHours,
                    entry.totalTime(), List.of(), null, projects);
        }

        private String day(String expression) {
            return expression == null ? null : dates.date(expression).toString();
        }

        private static String url(String projectGid, String gid) {
            return "https://app.asana.com/0/" + projectGid + "/" + gid;
        }
    }

    /** The contracts file, in the format of SPEC.md "Contracts", with its dates resolved. */
    private static String communitiesYaml(CommunitiesFile file, RelativeDates dates, LocalDate runDate) {
        StringBuilder yaml = new StringBuilder()
                .append("# Contracts of the --demo sample organisation, dated around the run date ")
                .append(runDate).append(".\n")
                .append("communities:\n");
        for (CommunityEntry community : file.communities()) {
            yaml.append("  - name: ").append(community.name()).append('\n')
                    .append("    aliases: [").append(String.join(", ", community.aliases())).append("]\n")
                    .append("    contracts:\n");
            for (ContractEntry c : community.contracts()) {
                yaml.append("      - { start: ").append(dates.date(c.start()))
                        .append(", end: ").append(dates.date(c.end()))
                        .append(", hours: ").append(c.hours());
                if (c.per() != null) {
                    yaml.append(", per: ").append(c.per());
                }
                yaml.append(" }\n");
            }
        }
        return yaml.toString();
    }
}
