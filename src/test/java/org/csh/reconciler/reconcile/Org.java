package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.contract.Recurrence;
import org.csh.reconciler.estimate.Estimate;
import org.csh.reconciler.estimate.EstimatorFactory;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSnapshot;

/** A tiny organisation for rule tests: each test states only the issues, tasks and contracts it needs. */
final class Org {

    static final String REPO = "acme/support";
    static final EstimatorFactory ONE_HOUR_ESTIMATES =
            history -> (title, text) -> new Estimate(60, "fixed test estimate", Estimate.Confidence.LOW);

    private final List<Community> communities = new ArrayList<>();
    private final List<GitHubIssue> issues = new ArrayList<>();
    private final Map<String, Double> board = new HashMap<>();
    private final Map<String, List<AsanaWorkItem>> itemsByEngagement = new LinkedHashMap<>();
    private final Map<String, String> hoursTotals = new HashMap<>();
    private final Map<String, String> communityFields = new HashMap<>();
    private final Map<String, String[]> engagementDates = new HashMap<>();
    /** Further CSH tasks per engagement, each with its own dates and allocation, after the default one. */
    private final Map<String, List<CshTaskSpec>> cshTasks = new LinkedHashMap<>();
    private final Map<String, List<AsanaWorkItem>> logProjects = new LinkedHashMap<>();
    /** The write-back's field as each CSH task (by gid) carries it. */
    private final Map<String, CustomFieldValue> usedFields = new HashMap<>();
    private int nextGid = 1000;

    private record CshTaskSpec(String gid, String name, String startOn, String dueOn, String hoursTotal,
            List<AsanaWorkItem> items) {
    }

    Org community(String name, String... aliases) {
        communities.add(new Community(name, List.of(aliases), List.of()));
        return this;
    }

    Org contract(String community, String start, String end, int hours) {
        return contract(community, start, end, hours, Recurrence.TERM);
    }

    Org contract(String community, String start, String end, int hours, Recurrence per) {
        Community old = communities.stream().filter(c -> c.name().equals(community)).findFirst().orElseThrow();
        List<Contract> contracts = new ArrayList<>(old.contracts());
        contracts.add(new Contract(LocalDate.parse(start), LocalDate.parse(end), BigDecimal.valueOf(hours), per));
        communities.set(communities.indexOf(old), new Community(old.name(), old.aliases(), contracts));
        return this;
    }

    static OrgIssue issue(int number) {
        return new OrgIssue(number);
    }

    Org add(OrgIssue issue) {
        issues.add(issue.build());
        return this;
    }

    Org board(int issueNumber, double hours) {
        board.put(OrgIssue.url(issueNumber), hours);
        return this;
    }

    static TaskBuilder task(String name) {
        return new TaskBuilder(name);
    }

    /** Files a work item under the engagement's CSH task; the engagement project is named {@code engagement}. */
    Org file(String engagement, TaskBuilder task) {
        itemsByEngagement.computeIfAbsent(engagement, e -> new ArrayList<>()).add(task.build(String.valueOf(nextGid++)));
        return this;
    }

    /** Files the last item again, as if a cycle in subtask parents led back to it from {@code parentGid}. */
    Org againUnder(String engagement, String parentGid) {
        List<AsanaWorkItem> items = itemsByEngagement.get(engagement);
        AsanaWorkItem last = items.get(items.size() - 1);
        items.add(new AsanaWorkItem(last.gid(), parentGid, last.name(), last.notes(), last.url(), last.completed(),
                last.completedAt(), last.actualTimeMinutes(), last.githubUrl(), last.githubHours(), last.totalTime()));
        return this;
    }

    /** Lists the engagement's CSH task as a subtask of {@code parentGid}: a cycle back to the top. */
    Org cshTaskUnder(String engagement, String parentGid) {
        itemsByEngagement.get(engagement).add(new AsanaWorkItem(cshTaskGid(engagement), parentGid,
                "Community Success Hours", "", "https://app.asana.com/0/1/csh", false, null, Optional.of(600.0), null, null, null));
        return this;
    }

    /** The gid of the engagement's CSH task. */
    static String cshTaskGid(String engagement) {
        return "csh-p-" + engagement.hashCode();
    }

    Org engagement(String engagement) {
        itemsByEngagement.computeIfAbsent(engagement, e -> new ArrayList<>());
        return this;
    }

    Org hoursTotal(String engagement, String total) {
        hoursTotals.put(engagement, total);
        return this;
    }

    /** The engagement's community field holds {@code value} (an enum option's name or text). */
    Org communityField(String engagement, String value) {
        engagement(engagement);
        communityFields.put(engagement, value);
        return this;
    }

    /** The engagement project's start and due dates (raw, as Asana sends them; null for none). */
    Org engagementDates(String engagement, String startOn, String dueOn) {
        engagement(engagement);
        engagementDates.put(engagement, new String[] {startOn, dueOn});
        return this;
    }

    /**
     * A CSH task of its own in the engagement, instead of the default one: {@link #fileIn} files under it. Dates and
     * Hours Total are raw, as Asana sends them; null for none.
     */
    Org cshTask(String engagement, String name, String startOn, String dueOn, String hoursTotal) {
        engagement(engagement);
        cshTasks.computeIfAbsent(engagement, e -> new ArrayList<>())
                .add(new CshTaskSpec("csh-" + name.hashCode(), name, startOn, dueOn, hoursTotal, new ArrayList<>()));
        return this;
    }

    /** The CSH task {@code taskGid} carries the write-back's number field, holding {@code value} (null: empty). */
    Org usedField(String taskGid, String value) {
        usedFields.put(taskGid, new CustomFieldValue("field-used", CustomFieldValue.NUMBER, value));
        return this;
    }

    /** Files a work item under the named CSH task of the engagement. */
    Org fileIn(String engagement, String cshTaskName, TaskBuilder task) {
        CshTaskSpec spec = cshTasks.get(engagement).stream().filter(t -> t.name().equals(cshTaskName)).findFirst()
                .orElseThrow();
        spec.items().add(task.build(String.valueOf(nextGid++), spec.gid()));
        return this;
    }

    /** The gid of a CSH task made by {@link #cshTask}. */
    static String cshTaskGid(String engagement, String name) {
        return "csh-" + name.hashCode();
    }

    /** Adds a task to a log project, as a member also of the named engagements' projects. */
    Org log(String project, TaskBuilder task, String... engagements) {
        return logTask(project, String.valueOf(nextGid++), task, engagements);
    }

    /** Adds a task with this gid to a log project, e.g. one also filed under a CSH task. */
    Org logTask(String project, String gid, TaskBuilder task, String... engagements) {
        List<String> members = new ArrayList<>();
        members.add("log-" + project.hashCode());
        for (String engagement : engagements) {
            members.add(projectGid(engagement));
        }
        logProjects.computeIfAbsent(project, p -> new ArrayList<>()).add(task.member(members).build(gid, null));
        return this;
    }

    /** Adds a subtask below the last task of a log project; it belongs to no project of its own. */
    Org logSubtask(String project, TaskBuilder task) {
        List<AsanaWorkItem> items = logProjects.get(project);
        String parent = items.get(items.size() - 1).gid();
        items.add(task.build(String.valueOf(nextGid++), parent));
        return this;
    }

    /** The last gid handed out, e.g. of the task just filed. */
    String lastGid() {
        return String.valueOf(nextGid - 1);
    }

    static String projectGid(String engagement) {
        return "p-" + engagement.hashCode();
    }

    Communities communities() {
        return new Communities(communities);
    }

    GitHubSnapshot github() {
        return new GitHubSnapshot(issues, board, Instant.EPOCH);
    }

    AsanaSnapshot asana() {
        List<Engagement> engagements = new ArrayList<>();
        itemsByEngagement.forEach((name, items) -> {
            String gid = projectGid(name);
            List<CshTask> tasks = new ArrayList<>();
            if (!cshTasks.containsKey(name) || !items.isEmpty()) {
                tasks.add(new CshTask(cshTaskGid(name), "Community Success Hours", "https://app.asana.com/0/" + gid
                        + "/csh", hoursTotals.get(name), items, null, null, usedFields.get(cshTaskGid(name))));
            }
            for (CshTaskSpec spec : cshTasks.getOrDefault(name, List.of())) {
                tasks.add(new CshTask(spec.gid(), spec.name(), "https://app.asana.com/0/" + gid + "/" + spec.gid(),
                        spec.hoursTotal(), spec.items(), spec.startOn(), spec.dueOn(), usedFields.get(spec.gid())));
            }
            String[] dates = engagementDates.getOrDefault(name, new String[2]);
            String field = communityFields.get(name);
            engagements.add(new Engagement(gid, name, "https://app.asana.com/0/" + gid, tasks, dates[0], dates[1],
                    field, List.of()));
        });
        List<LogProject> logs = new ArrayList<>();
        logProjects.forEach((name, items) -> logs.add(new LogProject("log-" + name.hashCode(), name,
                "https://app.asana.com/0/log-" + name.hashCode(), items)));
        return new AsanaSnapshot(engagements, logs, Instant.EPOCH);
    }

    /** With no contracts file: the contracts are the CSH tasks' allocations, the communities the engagements'. */
    ReconcileResult reconcileWithoutContractsFile(String from, String to) {
        return new Reconciler(Optional.empty(), "config/communities.yml", ReconcileSettings.of(LocalDate.parse(from),
                LocalDate.parse(to)), ONE_HOUR_ESTIMATES).reconcile(github(), asana());
    }

    ReconcileResult reconcile(String from, String to) {
        return reconcile(ReconcileSettings.of(LocalDate.parse(from), LocalDate.parse(to)));
    }

    ReconcileResult reconcile(ReconcileSettings settings) {
        return new Reconciler(communities(), settings, ONE_HOUR_ESTIMATES).reconcile(github(), asana());
    }

    static final class OrgIssue {
        private final int number;
        private String title = "Support call";
        private String body = "";
        private List<String> labels = List.of("CSH");
        private String state = "open";
        private String reason;
        private Instant closedAt;
        private String parent;

        OrgIssue(int number) {
            this.number = number;
        }

        static String url(int number) {
            return "https://github.com/" + REPO + "/issues/" + number;
        }

        OrgIssue title(String title) {
            this.title = title;
            return this;
        }

        OrgIssue body(String body) {
            this.body = body;
            return this;
        }

        OrgIssue labels(String... labels) {
            this.labels = List.of(labels);
            return this;
        }

        OrgIssue completed(String closedAt) {
            return closed("completed", closedAt);
        }

        OrgIssue closed(String reason, String closedAt) {
            this.state = "closed";
            this.reason = reason;
            this.closedAt = Instant.parse(closedAt);
            return this;
        }

        OrgIssue subIssueOf(int parent) {
            this.parent = url(parent);
            return this;
        }

        GitHubIssue build() {
            return new GitHubIssue(url(number), REPO, number, title, body, labels, state, reason, closedAt, closedAt,
                    labels.contains("CSH"), 0, parent);
        }
    }

    static final class TaskBuilder {
        private final String name;
        private String notes = "";
        private boolean completed;
        private String completedAt;
        private Double actualMinutes;
        private String githubUrl;
        private String githubHours;
        private String totalTime;
        private final List<String> readProblems = new ArrayList<>();
        private String deliveredOn;
        private List<String> projectGids = List.of();

        TaskBuilder(String name) {
            this.name = name;
        }

        TaskBuilder notes(String notes) {
            this.notes = notes;
            return this;
        }

        TaskBuilder completed(String at) {
            this.completed = true;
            this.completedAt = at;
            return this;
        }

        TaskBuilder actualMinutes(double minutes) {
            this.actualMinutes = minutes;
            return this;
        }

        TaskBuilder mirrorOf(int issueNumber) {
            this.githubUrl = OrgIssue.url(issueNumber);
            return this;
        }

        TaskBuilder githubUrl(String url) {
            this.githubUrl = url;
            return this;
        }

        TaskBuilder githubHours(String hours) {
            this.githubHours = hours;
            return this;
        }

        TaskBuilder totalTime(String hours) {
            this.totalTime = hours;
            return this;
        }

        /** A value the Asana adapter could not read, as it reports one. */
        TaskBuilder unreadable(String problem) {
            this.readProblems.add(problem);
            return this;
        }

        /** The date {@code csh.asana.delivered-on} names, as the adapter hands it on (null: none). */
        TaskBuilder deliveredOn(String date) {
            this.deliveredOn = date;
            return this;
        }

        TaskBuilder member(List<String> projects) {
            this.projectGids = projects;
            return this;
        }

        AsanaWorkItem build(String gid) {
            return build(gid, "csh");
        }

        AsanaWorkItem build(String gid, String parentGid) {
            return new AsanaWorkItem(gid, parentGid, name, notes, "https://app.asana.com/0/1/" + gid, completed,
                    completedAt, Optional.ofNullable(actualMinutes), githubUrl, githubHours, totalTime, readProblems, deliveredOn,
                    projectGids);
        }
    }
}
