package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.contract.Community;

/**
 * Every Asana work item once, with where it is filed: first the items under CSH tasks, in portfolio order, then the
 * tasks of the log projects. A task met twice in the CSH task trees (a cycle in subtask parents, or listed twice) is
 * reported and counted once; a task met again in a log project is the same work, counted once without a word.
 *
 * <p>A log-project task counts for the engagement it also belongs to (a subtask: the one its parent belongs to); in
 * engagements of two communities, for the first in portfolio order, reported as {@code WRONG_COMMUNITY}. In no
 * engagement, it has no community here: a mirror then takes its issue's, anything else is unknown (rule 5).
 */
final class AsanaEntries {

    private final EngagementCommunities.Resolution communities;
    /** gid → the task it was first met under. */
    private final Map<String, String> firstParent = new HashMap<>();
    private final Map<String, Integer> portfolioOrder = new HashMap<>();
    private final Map<String, Engagement> engagements = new HashMap<>();

    AsanaEntries(EngagementCommunities.Resolution communities) {
        this.communities = communities;
    }

    List<AsanaEntry> collect(AsanaSnapshot asana, FindingSink sink) {
        // CSH tasks are there from the start, so one met again as a subtask (a cycle) is never counted as work
        for (Engagement engagement : asana.engagements()) {
            engagement.cshTasks().forEach(task -> firstParent.put(task.gid(), "its project"));
            portfolioOrder.putIfAbsent(engagement.gid(), portfolioOrder.size());
            engagements.putIfAbsent(engagement.gid(), engagement);
        }
        List<AsanaEntry> entries = new ArrayList<>();
        for (Engagement engagement : asana.engagements()) {
            Community community = communities.of(engagement);
            for (CshTask task : engagement.cshTasks()) {
                for (AsanaWorkItem item : task.items()) {
                    String first = firstParent.putIfAbsent(item.gid(), "task " + item.parentGid());
                    if (first != null) {
                        sink.add(Finding.Code.INVALID_DATA, Optional.of(community), item.url(), "Asana task "
                                + item.gid() + " appears twice, under " + first + " and again under task "
                                + item.parentGid() + " (a cycle in subtask parents, or a task listed twice);"
                                + " counted once");
                        continue;
                    }
                    reportUnreadable(item, Optional.of(community), sink);
                    entries.add(AsanaEntry.underCshTask(item, engagement, task, community));
                }
            }
        }
        for (LogProject project : asana.logProjects()) {
            Map<String, AsanaWorkItem> byGid = new HashMap<>();
            project.items().forEach(item -> byGid.putIfAbsent(item.gid(), item));
            for (AsanaWorkItem item : project.items()) {
                if (firstParent.putIfAbsent(item.gid(), "log project " + project.gid()) == null) {
                    entries.add(logEntry(item, project, byGid, sink));
                }
            }
        }
        return entries;
    }

    private AsanaEntry logEntry(AsanaWorkItem item, LogProject project, Map<String, AsanaWorkItem> byGid,
            FindingSink sink) {
        List<Engagement> its = engagementsOf(item, byGid);
        Optional<Engagement> counted = its.stream().findFirst();
        Optional<Community> community = counted.map(communities::of);
        reportUnreadable(item, community, sink);
        Set<Community> others = its.stream().map(communities::of).collect(Collectors.toCollection(LinkedHashSet::new));
        if (others.size() > 1) {
            sink.add(Finding.Code.WRONG_COMMUNITY, community, item.url(), "Asana task '" + item.name() + "' of log"
                    + " project '" + project.name() + "' belongs to engagements of " + others.stream()
                            .map(Community::name).collect(Collectors.joining(" and ")) + " ("
                    + its.stream().map(e -> "'" + e.name() + "'").collect(Collectors.joining(", "))
                    + "); counted for " + community.get().name() + ", the first in portfolio order;"
                    + " remove it from the other engagement");
        }
        return new AsanaEntry(item, counted, Optional.empty(), community);
    }

    /** The engagements the task belongs to, in portfolio order; for a subtask in none, its nearest parent's. */
    private List<Engagement> engagementsOf(AsanaWorkItem item, Map<String, AsanaWorkItem> byGid) {
        Set<String> seen = new HashSet<>();
        for (AsanaWorkItem at = item; at != null && seen.add(at.gid()); at = byGid.get(at.parentGid())) {
            List<Engagement> its = at.projectGids().stream().filter(engagements::containsKey)
                    .map(engagements::get).sorted(Comparator.comparing(e -> portfolioOrder.get(e.gid()))).toList();
            if (!its.isEmpty()) {
                return its;
            }
            if (at.parentGid() == null) {
                break;
            }
        }
        return List.of();
    }

    private static void reportUnreadable(AsanaWorkItem item, Optional<Community> community, FindingSink sink) {
        item.readProblems().forEach(problem -> sink.add(Finding.Code.INVALID_DATA, community, item.url(),
                "Asana task " + item.gid() + ": " + problem));
    }
}
