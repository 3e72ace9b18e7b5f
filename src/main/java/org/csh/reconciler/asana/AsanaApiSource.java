package org.csh.reconciler.asana;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryPolicy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.csh.reconciler.fetch.BoundedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the engagements, CSH tasks and work items from the Asana REST API with the legacy {@code com.asana}
 * client: portfolio items (or the configured projects) → project tasks → CSH tasks → subtasks at every depth.
 */
public class AsanaApiSource implements AsanaSource {

    private static final Logger log = LoggerFactory.getLogger(AsanaApiSource.class);

    private final AsanaSettings settings;
    private final AsanaApi api;
    private final AsanaPages pages;
    private final WorkItemMapper mapper;
    private final Clock clock;

    /** Timeouts and retries from {@code csh.http.*}; tests build it the same way (AsanaSources). */
    public AsanaApiSource(AsanaSettings settings, HttpSettings http, RetryPolicy retry, Clock clock) {
        this.settings = validated(settings);
        this.api = AsanaApi.connect(settings, http, retry);
        this.pages = new AsanaPages(api, settings.pageSize());
        this.mapper = new WorkItemMapper(settings);
        this.clock = clock;
    }

    @Override
    public AsanaSnapshot fetch() {
        Instant started = clock.instant();
        int requestsBefore = api.requestCount();
        CshTaskWalk walk = new CshTaskWalk(mapper);
        List<Engagement> engagements = new ArrayList<>();
        List<JsonObject> projects = engagementProjects();
        // projects are read side by side, at most csh.asana.concurrency requests at once, and walked in order as
        // they come in: a project's JSON is dropped once walked, so only a few projects' answers are held at a time
        List<LogProject> logProjects = new ArrayList<>();
        try (BoundedRequests pool = new BoundedRequests("asana", settings.concurrency())) {
            Map<String, List<JsonObject>> subtaskLists = new ConcurrentHashMap<>();
            Set<String> logProjectGids = Set.copyOf(settings.logProjectGids());
            pool.forEachInOrder(projects,
                    project -> ProjectTree.read(pages, WorkItemMapper.gid(project), subtaskLists, logProjectGids),
                    (project, tree) -> engagements.add(mapper.engagement(project, walk.cshTasksOf(tree))));
            List<JsonObject> logs = pool.map(settings.logProjectGids(), gid -> api.item("project " + gid
                    + " (csh.asana.log-project-gids)", "/projects/" + gid, WorkItemMapper.PROJECT_FIELDS));
            List<ProjectTree> logTrees = pool.map(settings.logProjectGids(),
                    gid -> ProjectTree.read(pages, gid, subtaskLists, logProjectGids));
            for (int i = 0; i < logs.size(); i++) {
                logProjects.add(mapper.logProject(logs.get(i), LogProjectWalk.itemsOf(logTrees.get(i), mapper)));
            }
        }
        AsanaSnapshot snapshot = new AsanaSnapshot(engagements, logProjects, clock.instant());
        log.info("Asana: read {} engagements, {} CSH tasks, {} work items, {} log projects with {} items,"
                + " with {} requests in {} ms",
                engagements.size(),
                engagements.stream().mapToInt(e -> e.cshTasks().size()).sum(),
                engagements.stream().flatMap(e -> e.cshTasks().stream()).mapToInt(t -> t.items().size()).sum(),
                logProjects.size(), logProjects.stream().mapToInt(p -> p.items().size()).sum(),
                api.requestCount() - requestsBefore,
                Duration.between(started, snapshot.fetchedAt()).toMillis());
        return snapshot;
    }

    /** Requests sent to Asana by this source so far, failed ones included. */
    public int requestCount() {
        return api.requestCount();
    }

    private List<JsonObject> engagementProjects() {
        Map<String, JsonObject> projects = new LinkedHashMap<>();
        if (!settings.projectGids().isEmpty()) {
            for (String gid : settings.projectGids()) {
                projects.putIfAbsent(gid, api.item("project " + gid + " (csh.asana.project-gids)",
                        "/projects/" + gid, WorkItemMapper.PROJECT_FIELDS));
            }
        } else {
            String portfolio = settings.portfolioGid();
            for (JsonObject item : pages.all("portfolio " + portfolio + " (csh.asana.portfolio-gid) items",
                    "/portfolios/" + portfolio + "/items", WorkItemMapper.PROJECT_FIELDS)) {
                // a portfolio may also hold portfolios; only projects are engagements
                if (isProject(item)) {
                    projects.putIfAbsent(WorkItemMapper.gid(item), item);
                }
            }
        }
        return new ArrayList<>(projects.values());
    }

    private static boolean isProject(JsonObject item) {
        JsonElement type = item.get("resource_type");
        return type == null || type.isJsonNull() || "project".equals(type.getAsString());
    }

    private static AsanaSettings validated(AsanaSettings settings) {
        if (settings.apiUrl() == null) {
            throw new IllegalArgumentException("csh.asana.api-url is not set");
        }
        if (settings.projectGids().isEmpty() && (settings.portfolioGid() == null || settings.portfolioGid().isBlank())) {
            throw new IllegalArgumentException("set csh.asana.portfolio-gid or csh.asana.project-gids");
        }
        if (settings.cshTaskName() == null || settings.cshTaskName().isBlank()) {
            throw new IllegalArgumentException("csh.asana.csh-task-name is empty");
        }
        return settings;
    }
}
