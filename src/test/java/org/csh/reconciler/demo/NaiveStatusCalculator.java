package org.csh.reconciler.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.contract.Recurrence;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.reconcile.Status;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A deliberately simple reading of SPEC.md's counting rules, good enough to bound each community's used
 * hours from below (doubtful hours left out) and from above (doubtful hours in, each estimate taken as
 * {@value #LARGEST_ESTIMATE} h). When both bounds give the same status, the real reconciler must too.
 */
final class NaiveStatusCalculator {

    static final double LARGEST_ESTIMATE = 3.0;

    private record Delivered(LocalDate day, double hours) {
    }

    private final SampleOrganisation sample;
    private final LocalDate to;
    private final Communities communities;
    private final Map<String, GitHubIssue> issues;
    private final Set<String> mirrored;
    private final Set<String> issueTitles;

    NaiveStatusCalculator(SampleOrganisation sample, LocalDate runDate) {
        this.sample = sample;
        this.to = runDate;
        this.communities = parse(sample.communitiesYaml());
        this.issues = sample.github().issues().stream()
                .collect(Collectors.toMap(GitHubIssue::url, i -> i, (a, b) -> a, LinkedHashMap::new));
        this.mirrored = items().stream().filter(AsanaWorkItem::isMirror).map(AsanaWorkItem::githubUrl)
                .collect(Collectors.toSet());
        this.issueTitles = issues.values().stream().map(i -> SampleExpectations.normalised(i.title()))
                .collect(Collectors.toSet());
    }

    Map<String, Status> statuses(boolean upperBound) {
        Map<String, List<Delivered>> delivered = new HashMap<>();
        Map<String, Community> byEngagement = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Engagement engagement : sample.asana().engagements()) {
            Community community = communityOf(engagement);
            byEngagement.put(engagement.gid(), community);
            List<Delivered> list = delivered.computeIfAbsent(community.name(), k -> new ArrayList<>());
            for (CshTask task : engagement.cshTasks()) {
                for (AsanaWorkItem item : task.items()) {
                    seen.add(item.gid());
                    count(item, upperBound, list);
                }
            }
        }
        for (LogProject log : sample.asana().logProjects()) {
            for (AsanaWorkItem item : log.items()) {
                if (!seen.add(item.gid())) {
                    continue;
                }
                Optional<Community> community = item.projectGids().stream().filter(byEngagement::containsKey)
                        .map(byEngagement::get).findFirst();
                if (community.isEmpty() && item.isMirror() && issues.containsKey(item.githubUrl())) {
                    community = namedIn(issues.get(item.githubUrl()));
                }
                community.ifPresent(c -> count(item, upperBound,
                        delivered.computeIfAbsent(c.name(), k -> new ArrayList<>())));
            }
        }
        for (GitHubIssue issue : issues.values()) {
            if (mirrored.contains(issue.url()) || !isDelivered(issue)) {
                continue;
            }
            Optional<Community> community = namedIn(issue);
            if (community.isPresent()) {
                Double board = sample.github().boardHours().get(issue.url());
                add(delivered.computeIfAbsent(community.get().name(), k -> new ArrayList<>()), upperBound,
                        day(issue.closedAt()), board, board != null);
            }
        }
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (Community community : communities.all()) {
            statuses.put(community.name(), status(community, delivered.getOrDefault(community.name(), List.of())));
        }
        for (Community community : byEngagement.values()) {
            statuses.putIfAbsent(community.name(), status(community, delivered.getOrDefault(community.name(),
                    List.of())));
        }
        return statuses;
    }

    /** The Community option's community, else one named inside the project name, else one of its own. */
    private Community communityOf(Engagement engagement) {
        Optional<Community> byField = communities.bySpelling(engagement.communityValue());
        if (byField.isPresent()) {
            return byField.get();
        }
        for (Community community : communities.all()) {
            if (community.spellings().stream().anyMatch(s -> names(engagement.name(), s))) {
                return community;
            }
        }
        String own = engagement.communityValue() != null ? engagement.communityValue() : engagement.name();
        return new Community(own, List.of(), List.of());
    }

    private void count(AsanaWorkItem item, boolean upperBound, List<Delivered> list) {
        if (item.isMirror()) {
            GitHubIssue issue = issues.get(item.githubUrl());
            if (issue == null) {
                if (upperBound && item.completed()) {
                    list.add(new Delivered(to, hours(item.githubHours()).orElse(LARGEST_ESTIMATE)));
                }
                return;
            }
            if (!isDelivered(issue)) {
                return;
            }
            Double board = sample.github().boardHours().get(issue.url());
            Optional<Double> github = board != null ? Optional.of(board) : hours(item.githubHours());
            Optional<Double> actual = item.actualTimeMinutes().map(minutes -> minutes / 60);
            boolean timed = github.isPresent() || actual.isPresent();
            double sum = github.orElse(0.0) + actual.orElse(0.0);
            add(list, upperBound, day(issue.closedAt()), sum, timed);
            return;
        }
        if (!item.completed()) {
            return;
        }
        LocalDate day;
        try {
            day = day(Instant.parse(item.completedAt()));
        } catch (DateTimeParseException e) {
            if (upperBound) {
                list.add(new Delivered(to, hoursOf(item).orElse(LARGEST_ESTIMATE)));
            }
            return;
        }
        if (repeatsAnIssue(item) && !upperBound) {
            return;
        }
        Optional<Double> hours = hoursOf(item);
        add(list, upperBound, day, hours.orElse(0.0), hours.isPresent());
    }

    private static Optional<Double> hoursOf(AsanaWorkItem item) {
        return item.actualTimeMinutes().map(minutes -> minutes / 60).or(() -> hours(item.totalTime()));
    }

    private static void add(List<Delivered> list, boolean upperBound, LocalDate day, Double hours, boolean timed) {
        if (timed) {
            list.add(new Delivered(day, hours));
        } else if (upperBound) {
            list.add(new Delivered(day, LARGEST_ESTIMATE));
        }
    }

    private Status status(Community community, List<Delivered> delivered) {
        Optional<ContractPeriod> period = community.periodContaining(to);
        if (period.isEmpty()) {
            LocalDate from = to.withDayOfMonth(1);
            boolean any = delivered.stream().anyMatch(d -> !d.day.isBefore(from) && !d.day.isAfter(to) && d.hours > 0);
            return any ? Status.NO_CONTRACT : Status.OK;
        }
        ContractPeriod p = period.get();
        double used = delivered.stream().filter(d -> p.contains(d.day) && !d.day.isAfter(to))
                .mapToDouble(Delivered::hours).sum();
        double contracted = p.hours().doubleValue();
        double elapsed = (double) p.daysElapsed(to) / p.lengthInDays();
        if (used > contracted) {
            return Status.EXCEEDING;
        }
        if (elapsed >= 0.25 && used < contracted * elapsed * 0.5) {
            return Status.UNDERUSING;
        }
        return Status.OK;
    }

    private boolean repeatsAnIssue(AsanaWorkItem item) {
        return issueTitles.contains(SampleExpectations.normalised(item.name()))
                || issues.keySet().stream().anyMatch(url -> item.notes().contains(url));
    }

    private Optional<Community> namedIn(GitHubIssue issue) {
        for (Community community : communities.all()) {
            for (String spelling : community.spellings()) {
                boolean label = issue.labels().stream().anyMatch(l -> l.equalsIgnoreCase(spelling));
                if (label || names(issue.title() + " " + issue.body(), spelling)) {
                    return Optional.of(community);
                }
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Pattern> WHOLE_WORDS = new ConcurrentHashMap<>();

    static boolean names(String text, String spelling) {
        Pattern wholeWord = WHOLE_WORDS.computeIfAbsent(spelling, s -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE));
        return wholeWord.matcher(text).find();
    }

    private static boolean isDelivered(GitHubIssue issue) {
        return issue.isClosed() && "completed".equals(issue.stateReason());
    }

    private static Optional<Double> hours(String text) {
        try {
            double value = text == null ? -1 : Double.parseDouble(text);
            return value < 0 ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private List<AsanaWorkItem> items() {
        List<AsanaWorkItem> items = new ArrayList<>(sample.asana().engagements().stream()
                .flatMap(e -> e.cshTasks().stream()).flatMap(t -> t.items().stream()).toList());
        sample.asana().logProjects().forEach(log -> items.addAll(log.items()));
        return items;
    }

    @SuppressWarnings("unchecked")
    static Communities parse(String yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Community> all = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("communities")) {
            List<Contract> contracts = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) entry.get("contracts")) {
                Object per = c.get("per");
                contracts.add(new Contract(date(c.get("start")), date(c.get("end")),
                        new BigDecimal(String.valueOf(c.get("hours"))),
                        per == null ? null : Recurrence.valueOf(per.toString().toUpperCase(Locale.ROOT))));
            }
            all.add(new Community((String) entry.get("name"), (List<String>) entry.get("aliases"), contracts));
        }
        return new Communities(all);
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
