package org.csh.reconciler.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import java.util.Optional;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSnapshot;

/**
 * The sample organisation while it is being written: GitHub issues, board hours and Asana engagements,
 * with the dates, numbers and gids that make them look real. Stories add to it; {@link #github()} and
 * {@link #asana()} freeze it.
 */
final class SampleWork {

    static final String CSH_TASK = "Community Success Hours";
    static final String CSH_LABEL = "CSH";
    private static final DateTimeFormatter ASANA_INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    // gids look like real Asana gids; the portfolio's is fixed, everything else counts up from here
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long FIRST_GID = 1_209_000_000_001_000L;

    private final LocalDate runDate;
    private final Random random;
    // gids draw from their own stream, so a quarter task more or less never reshuffles the work itself
    private final Random gidSteps;
    private final Map<String, Integer> nextIssueNumber = new HashMap<>();
    private long nextGid = FIRST_GID;
    private final List<Issue> issues = new ArrayList<>();
    private final List<EngagementDraft> engagements = new ArrayList<>();
    private final List<LogDraft> logProjects = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();

    SampleWork(LocalDate runDate, long seed) {
        this.runDate = runDate;
        this.random = new Random(seed);
        this.gidSteps = new Random(~seed);
        nextIssueNumber.put(SampleOrganisation.SUPPORT, 812);
        nextIssueNumber.put(SampleOrganisation.PARTNERSHIPS, 143);
        nextIssueNumber.put(SampleOrganisation.TRAINING, 57);
    }

    LocalDate runDate() {
        return runDate;
    }

    Random random() {
        return random;
    }

    // ---- dates: every item is dated on or before the run date ----

    LocalDate daysAgo(int days) {
        return runDate.minusDays(Math.max(0, days));
    }

    /** A day of the run's month, never after the run date: on the 1st every such item falls on the 1st. */
    LocalDate thisMonth(int daysAgo) {
        return runDate.minusDays(Math.min(Math.max(0, daysAgo), runDate.getDayOfMonth() - 1));
    }

    /** A random day between the two dates, inclusive, whatever their order. */
    LocalDate between(LocalDate a, LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        long span = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(span == 0 ? 0 : random.nextInt((int) span + 1));
    }

    /** A working-hours moment (08:00–18:59 UTC) of that day, so a minute later is still the same day. */
    Instant during(LocalDate day) {
        return day.atTime(8 + random.nextInt(11), random.nextInt(60), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    String gid() {
        nextGid += 1 + gidSteps.nextInt(40);
        return Long.toString(nextGid);
    }

    /**
     * Claims a title for one item. Titles are unique across the organisation, because a manual subtask that
     * repeats an issue's title is DOUBLE_LOGGED: only the deliberate repeats may share one.
     */
    private String claim(String title) {
        String candidate = title;
        for (int n = 2; !titles.add(normalised(candidate)); n++) {
            candidate = title + " (follow-up" + (n == 2 ? "" : " " + n) + ")";
        }
        return candidate;
    }

    /** The title for recurring work on {@code day}: dated, as staff do, when the bare title is taken. */
    String recurringTitle(String title, LocalDate day) {
        if (!titles.contains(normalised(title))) {
            return title;
        }
        return title + " (" + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
    }

    static String normalised(String title) {
        return PUNCTUATION.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    // ---- GitHub ----

    /** A new CSH issue in {@code repository}, open until closed. */
    Issue issue(String repository, String title, String body, String... labels) {
        int number = nextIssueNumber.merge(repository, 1 + random.nextInt(3), Integer::sum);
        Issue issue = new Issue(repository, number, claim(title), body, List.of(labels));
        issues.add(issue);
        return issue;
    }

    /**
     * An engagement project named after its deal, "[YY] [name]" as sales name them, with {@code community} chosen in
     * its Community drop-down.
     */
    /** The issue with this title, for a mirror made after it. */
    Issue issueTitled(String title) {
        return issues.stream().filter(i -> i.title.equals(title)).findFirst().orElseThrow();
    }

    EngagementDraft engagement(String community) {
        return engagement(String.format("%02d %s", runDate.getYear() % 100, community), community);
    }

    /** An engagement project of any name; {@code community} null leaves its drop-down unset. */
    EngagementDraft engagement(String projectName, String community) {
        EngagementDraft engagement = new EngagementDraft(projectName, gid(), community);
        engagements.add(engagement);
        return engagement;
    }

    List<EngagementDraft> engagements() {
        return List.copyOf(engagements);
    }

    /** A project of csh.asana.log-project-gids: an Activity Log, or the sync automation's flat project. */
    LogDraft logProject(String name) {
        LogDraft project = new LogDraft(name, gid());
        logProjects.add(project);
        return project;
    }

    GitHubSnapshot github() {
        Map<String, Long> children = issues.stream().filter(i -> i.parent != null)
                .collect(Collectors.groupingBy(i -> i.parent.url(), Collectors.counting()));
        List<GitHubIssue> frozen = issues.stream()
                .map(i -> i.freeze(children.getOrDefault(i.url(), 0L).intValue()))
                .toList();
        Map<String, Double> board = new LinkedHashMap<>();
        issues.stream().filter(i -> i.boardHours != null).forEach(i -> board.put(i.url(), i.boardHours));
        return new GitHubSnapshot(frozen, board, fetchedAt());
    }

    AsanaSnapshot asana() {
        return new AsanaSnapshot(engagements.stream().map(EngagementDraft::freeze).toList(),
                logProjects.stream().map(LogDraft::freeze).toList(), fetchedAt());
    }

    private Instant fetchedAt() {
        return runDate.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    }

    static String hoursText(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    static String asanaInstant(Instant instant) {
        return ASANA_INSTANT.format(instant);
    }

    // ---- drafts ----

    /** An issue being written; sub-issue counts are only known once every issue exists. */
    final class Issue {
        private final String repository;
        private final int number;
        private final String title;
        private final String body;
        private final List<String> labels;
        private String state = "open";
        private String stateReason;
        private Instant closedAt;
        private Instant updatedAt;
        private Double boardHours;
        private Issue parent;

        private Issue(String repository, int number, String title, String body, List<String> labels) {
            this.repository = repository;
            this.number = number;
            this.title = title;
            this.body = body;
            this.labels = labels;
            this.updatedAt = during(daysAgo(1 + random.nextInt(5)));
        }

        String url() {
            return "https://github.com/" + repository + "/issues/" + number;
        }

        String title() {
            return title;
        }

        String body() {
            return body;
        }

        boolean isClosed() {
            return closedAt != null;
        }

        Instant closedAt() {
            return closedAt;
        }

        Double boardHours() {
            return boardHours;
        }

        Issue closed(Instant when, String reason) {
            state = "closed";
            stateReason = reason;
            closedAt = when;
            updatedAt = when;
            return this;
        }

        Issue completed(LocalDate day) {
            return closed(during(day), "completed");
        }

        /** Open again after a close: GitHub keeps {@code state_reason: reopened}. */
        Issue reopened() {
            stateReason = "reopened";
            return this;
        }

        Issue board(double hours) {
            boardHours = hours;
            return this;
        }

        Issue subIssueOf(Issue parentIssue) {
            parent = parentIssue;
            return this;
        }

        private GitHubIssue freeze(int subIssues) {
            return new GitHubIssue(url(), repository, number, title, body, labels, state, stateReason, closedAt,
                    updatedAt, labels.contains(CSH_LABEL), subIssues, parent == null ? null : parent.url());
        }
    }

    /** An Asana project for one engagement, dated like its contract, with its CSH tasks. */
    final class EngagementDraft {
        private final String name;
        private final String gid;
        private final String community;
        private final List<TaskDraft> tasks = new ArrayList<>();
        private LocalDate startOn;
        private LocalDate dueOn;

        private EngagementDraft(String name, String gid, String community) {
            this.name = name;
            this.gid = gid;
            this.community = community;
        }

        String name() {
            return name;
        }

        String gid() {
            return gid;
        }

        /** What its Community drop-down says, else its project name. */
        String community() {
            return community != null ? community : name;
        }

        boolean isDated() {
            return startOn != null;
        }

        /** The project's start and due dates: its contract's, which its CSH tasks fall back to. */
        EngagementDraft dated(LocalDate start, LocalDate due) {
            startOn = start;
            dueOn = due;
            return this;
        }

        /** A CSH task named {@code name}, created on first use. */
        TaskDraft task(String taskName) {
            return tasks.stream().filter(t -> t.name.equals(taskName)).findFirst().orElseGet(() -> {
                TaskDraft task = new TaskDraft(taskName, SampleWork.this.gid(), gid);
                tasks.add(task);
                return task;
            });
        }

        /** The CSH task where work done on {@code day} is logged: the first one, as staff mostly do. */
        TaskDraft taskFor(LocalDate day) {
            return tasks.isEmpty() ? task(CSH_TASK) : tasks.get(0);
        }

        List<TaskDraft> tasks() {
            return List.copyOf(tasks);
        }

        private Engagement freeze() {
            List<CshTask> frozen = tasks.stream().map(TaskDraft::freeze).toList();
            return new Engagement(gid, name, "https://app.asana.com/0/" + gid + "/" + gid, frozen, date(startOn),
                    date(dueOn), community, List.of());
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A log project: its tasks, each added to the engagements it served (or to none). */
    final class LogDraft {
        private final String name;
        private final String gid;
        private final List<SampleItem> items = new ArrayList<>();

        private LogDraft(String name, String gid) {
            this.name = name;
            this.gid = gid;
        }

        String gid() {
            return gid;
        }

        /** A task of this project, also a member of each of {@code engagements}. */
        SampleItem task(String title, String notes, EngagementDraft... engagements) {
            SampleItem item = new SampleItem(SampleWork.this.gid(), null, claim(title), notes, gid);
            item.projectGids.add(gid);
            for (EngagementDraft engagement : engagements) {
                item.projectGids.add(engagement.gid);
            }
            items.add(item);
            return item;
        }

        /** The mirror the sync automation created here, in no engagement: same title and text, hours copied. */
        SampleItem mirror(Issue issue) {
            SampleItem item = new SampleItem(SampleWork.this.gid(), null, issue.title, issue.body, gid);
            item.projectGids.add(gid);
            item.githubUrl = issue.url();
            item.githubHours = issue.boardHours == null ? null : hoursText(issue.boardHours);
            item.totalTime = item.githubHours;
            if (issue.isClosed()) {
                item.completedAt = asanaInstant(issue.closedAt.plusSeconds(60));
                item.completed = true;
            }
            items.add(item);
            return item;
        }

        /** A task met here and under a CSH task: the same gid, at the top of this project. */
        void alsoHolds(SampleItem filed) {
            SampleItem copy = filed.copyAt(gid);
            items.add(copy);
        }

        private LogProject freeze() {
            return new LogProject(gid, name, "https://app.asana.com/0/" + gid, items.stream().map(SampleItem::freeze)
                    .toList());
        }
    }

    /** A CSH task and the work items under it, at any depth. */
    final class TaskDraft {
        private final String name;
        private final String gid;
        private final String projectGid;
        private final List<SampleItem> items = new ArrayList<>();
        private Function<Double, String> hoursTotal;
        private LocalDate startOn;
        private LocalDate dueOn;
        private boolean hoursUsed = true;

        private TaskDraft(String name, String gid, String projectGid) {
            this.name = name;
            this.gid = gid;
            this.projectGid = projectGid;
        }

        /** Dates of its own, for a task per period; without them it takes its project's. */
        TaskDraft dated(LocalDate start, LocalDate due) {
            startOn = start;
            dueOn = due;
            return this;
        }

        /** Without the workspace's "Hours Used" field: its project was set up before the field was added. */
        TaskDraft withoutHoursUsed() {
            hoursUsed = false;
            return this;
        }

        /** The hours allocated to its period, as a manager typed them. */
        TaskDraft allocation(String typed) {
            hoursTotal = sum -> typed;
            return this;
        }

        boolean hasAllocation() {
            return hoursTotal != null;
        }

        /** The mirror the automation keeps of {@code issue}: same title and text, board hours copied. */
        SampleItem mirror(Issue issue) {
            SampleItem item = add(issue.title, issue.body);
            item.githubUrl = issue.url();
            item.githubHours = issue.boardHours == null ? null : hoursText(issue.boardHours);
            if (issue.isClosed()) {
                // the automation closes the Asana task a minute after the issue
                item.completedAt = asanaInstant(issue.closedAt.plusSeconds(60));
                item.completed = true;
            }
            item.totalTime = item.githubHours;
            return item;
        }

        /** A subtask typed straight into Asana, open until completed. */
        SampleItem manual(String title, String notes) {
            return add(claim(title), notes);
        }

        /** A manual subtask deliberately titled like an issue: the same work logged twice. */
        SampleItem repeatOf(Issue issue, String notes) {
            // retyped by hand: other case, no colon, so only a match that ignores case and punctuation finds it
            return add(issue.title.toLowerCase(Locale.ROOT).replace(":", ""), notes);
        }

        private SampleItem add(String title, String notes) {
            SampleItem item = new SampleItem(gid(), gid, title, notes, projectGid);
            items.add(item);
            return item;
        }

        /** Hours Total as someone typed it: {@code typed} receives the true sum of the items' hours. */
        TaskDraft hoursTotal(Function<Double, String> typed) {
            hoursTotal = typed;
            return this;
        }

        private CshTask freeze() {
            String total = hoursTotal == null ? null : hoursTotal.apply(loggedHours());
            return new CshTask(gid, name, "https://app.asana.com/0/" + projectGid + "/" + gid, total,
                    items.stream().map(SampleItem::freeze).toList(), date(startOn), date(dueOn), !hoursUsed ? null
                            : new CustomFieldValue(SampleOrganisation.HOURS_USED_FIELD_GID, CustomFieldValue.NUMBER,
                                    null));
        }

        private double loggedHours() {
            return items.stream().mapToDouble(SampleItem::loggedHours).sum();
        }
    }

    /** One Asana work item being written. */
    static final class SampleItem {
        private final String gid;
        private String parentGid;
        private final String name;
        private final String notes;
        private final String projectGid;
        private boolean completed;
        private String completedAt;
        private Double actualTimeMinutes;
        private String githubUrl;
        private String githubHours;
        private String totalTime;
        private final List<String> projectGids = new ArrayList<>();

        private SampleItem(String gid, String parentGid, String name, String notes, String projectGid) {
            this.gid = gid;
            this.parentGid = parentGid;
            this.name = name;
            this.notes = notes;
            this.projectGid = projectGid;
        }

        SampleItem completed(Instant when) {
            completed = true;
            completedAt = asanaInstant(when);
            return this;
        }

        /** Completed, with a {@code completed_at} as some integration wrote it, not as Asana does. */
        SampleItem completedAtRaw(String raw) {
            completed = true;
            completedAt = raw;
            return this;
        }

        /** Timed with Asana's "Actual time"; Total Time is the formula GitHub Hours + Actual time. */
        SampleItem minutes(double minutes) {
            actualTimeMinutes = minutes;
            double github = parsedGithubHours();
            totalTime = hoursText(github + minutes / 60.0);
            return this;
        }

        SampleItem githubHours(String raw) {
            githubHours = raw;
            totalTime = null;
            return this;
        }

        SampleItem githubUrl(String url) {
            githubUrl = url;
            return this;
        }

        SampleItem totalTime(String raw) {
            totalTime = raw;
            return this;
        }

        SampleItem under(SampleItem parent) {
            parentGid = parent.gid;
            return this;
        }

        private double parsedGithubHours() {
            try {
                return githubHours == null ? 0 : Double.parseDouble(githubHours);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private double loggedHours() {
            return parsedGithubHours() + (actualTimeMinutes == null ? 0 : actualTimeMinutes / 60.0);
        }

        /** This task as a top-level task of another project, which it is now also a member of. */
        private SampleItem copyAt(String otherProject) {
            SampleItem copy = new SampleItem(gid, null, name, notes, projectGid);
            copy.completed = completed;
            copy.completedAt = completedAt;
            copy.actualTimeMinutes = actualTimeMinutes;
            copy.githubUrl = githubUrl;
            copy.githubHours = githubHours;
            copy.totalTime = totalTime;
            projectGids.add(otherProject);
            copy.projectGids.addAll(projectGids);
            return copy;
        }

        private AsanaWorkItem freeze() {
            return new AsanaWorkItem(gid, parentGid, name, notes, "https://app.asana.com/0/" + projectGid + "/" + gid,
                    completed, completedAt, Optional.ofNullable(actualTimeMinutes), githubUrl, githubHours, totalTime,
                    List.of(), null, projectGids);
        }
    }
}
