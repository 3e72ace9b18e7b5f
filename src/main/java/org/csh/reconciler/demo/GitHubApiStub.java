package org.csh.reconciler.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.csh.reconciler.github.GitHubIssue;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.github.GitHubSnapshot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Serves a {@link GitHubSnapshot} from WireMock in GitHub's own shapes, so the real GitHub client code reads it
 * back unchanged: the repositories, the label-filtered issue lists (paginated, with one pull request), the
 * sub_issues lists and the Projects v2 board over GraphQL.
 */
public final class GitHubApiStub {

    /** GitHub's page size for the sub_issues lists the source asks for. */
    private static final int SUB_ISSUES_PAGE_SIZE = 100;
    /** The SPEC board query asks for {@code items(first: 100)}. */
    private static final int BOARD_PAGE_SIZE = 100;
    /** A specific page beats the first page, which matches any request without a page. */
    private static final int EXACT = 1;
    private static final int FIRST_PAGE = 5;
    private static final int FALLBACK = 10;

    private final WireMockServer server;
    private final GitHubSnapshot data;
    private final GitHubSettings settings;
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String prefix;
    /** Sub-issues by their parent's url, looked up once per issue served. */
    private final Map<String, List<GitHubIssue>> children;
    private final Map<String, GitHubIssue> byUrl = new java.util.HashMap<>();

    private GitHubApiStub(WireMockServer server, GitHubSnapshot data, GitHubSettings settings) {
        this.server = server;
        this.data = data;
        this.children = data.issues().stream().filter(issue -> issue.parentUrl() != null)
                .collect(Collectors.groupingBy(GitHubIssue::parentUrl, java.util.LinkedHashMap::new, Collectors.toList()));
        this.settings = settings;
        data.issues().forEach(issue -> byUrl.putIfAbsent(issue.url(), issue));
        String api = settings.apiUrl().toString();
        this.baseUrl = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        String path = settings.apiUrl().getPath() == null ? "" : settings.apiUrl().getPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Extensions to pass to {@code WireMockConfiguration.extensions(...)}: with them the stub also answers the
     * {@code since} lists of a nightly run, filtered by {@code updated_at} as GitHub does.
     */
    public static Extension[] extensions() {
        return new Extension[] {new SinceFilter()};
    }

    /** Registers the stubs on {@code server}, which must answer at {@code settings.apiUrl()}. */
    public static void register(WireMockServer server, GitHubSnapshot data, GitHubSettings settings) {
        register(server, data, settings, 0);
    }

    /**
     * As {@link #register(WireMockServer, GitHubSnapshot, GitHubSettings)}, with {@code otherIssues} more issues in
     * each repository's whole list that are neither CSH issues nor sub-issues (a busy product repository).
     */
    public static void register(WireMockServer server, GitHubSnapshot data, GitHubSettings settings, int otherIssues) {
        Map<String, Integer> others = new java.util.HashMap<>();
        settings.repositories().forEach(repository -> others.put(repository, otherIssues));
        register(server, data, settings, others);
    }

    /** As above, with a number of unrelated issues per repository ({@code owner/name}; none where not named). */
    public static void register(WireMockServer server, GitHubSnapshot data, GitHubSettings settings,
            Map<String, Integer> otherIssues) {
        GitHubApiStub stub = new GitHubApiStub(server, data, settings);
        stub.repositories();
        stub.labelledIssueLists();
        stub.wholeIssueLists(otherIssues);
        stub.subIssueLists();
        stub.board();
        stub.changeCheck();
        if (server.getLoadedExtensionNames().contains(SinceFilter.NAME)) {
            stub.sinceLists();
        }
    }

    /** Every issue of each repository, labelled or not, for the transformer to filter by {@code since}. */
    private void sinceLists() {
        for (String repository : settings.repositories()) {
            ArrayNode all = json.createArrayNode();
            data.issues().stream()
                    .filter(issue -> issue.repository().equalsIgnoreCase(repository))
                    .sorted(Comparator.comparingInt(GitHubIssue::number).reversed())
                    .forEach(issue -> all.add(issue(issue)));
            server.stubFor(get(urlPathEqualTo(prefix + "/repos/" + repository + "/issues"))
                    .withQueryParam("since", matching(".+"))
                    .atPriority(EXACT)
                    .willReturn(ok(all).withTransformers(SinceFilter.NAME)));
        }
    }

    /** The nightly run's GraphQL check: CSH issues per repository, and the board's last change (the data's date). */
    private void changeCheck() {
        ObjectNode answer = json.createObjectNode();
        ObjectNode dataNode = answer.putObject("data");
        dataNode.putObject("board").putObject("projectV2").put("updatedAt", text(data.fetchedAt()));
        for (int i = 0; i < settings.repositories().size(); i++) {
            String repository = settings.repositories().get(i);
            long count = data.issues().stream()
                    .filter(issue -> issue.labelled() && issue.repository().equalsIgnoreCase(repository)).count();
            dataNode.putObject("r" + i).putObject("issues").put("totalCount", count);
        }
        server.stubFor(post(urlPathEqualTo(prefix + "/graphql"))
                .withRequestBody(containing("totalCount"))
                .atPriority(EXACT)
                .willReturn(ok(answer)));
    }

    /** Keeps the issues updated at or after {@code since} and serves the asked page of them, as GitHub does. */
    static final class SinceFilter implements ResponseDefinitionTransformerV2 {

        static final String NAME = "github-issues-since";
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            ResponseDefinition stubbed = serveEvent.getResponseDefinition();
            Request request = serveEvent.getRequest();
            Instant since = Instant.parse(request.queryParameter("since").firstValue());
            int perPage = request.queryParameter("per_page").isPresent()
                    ? Integer.parseInt(request.queryParameter("per_page").firstValue()) : 30;
            int page = request.queryParameter("page").isPresent()
                    ? Integer.parseInt(request.queryParameter("page").firstValue()) : 1;
            List<com.fasterxml.jackson.databind.JsonNode> changed = new ArrayList<>();
            try {
                for (com.fasterxml.jackson.databind.JsonNode issue : JSON.readTree(stubbed.getBody())) {
                    String updated = issue.path("updated_at").asText(null);
                    if (updated != null && !Instant.parse(updated).isBefore(since)) {
                        changed.add(issue);
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            int last = Math.max(1, (changed.size() + perPage - 1) / perPage);
            ArrayNode body = JSON.createArrayNode();
            body.addAll(changed.subList(Math.min(changed.size(), (page - 1) * perPage),
                    Math.min(changed.size(), page * perPage)));
            ResponseDefinitionBuilder response = ResponseDefinitionBuilder.like(stubbed).but().withBody(body.toString());
            if (page < last) {
                String url = request.getAbsoluteUrl().replaceAll("[?&]page=\\d+", "");
                response = response.withHeader("Link", "<" + url + "&page=" + (page + 1) + ">; rel=\"next\"");
            }
            return response.build();
        }
    }

    private void repositories() {
        Set<String> repositories = new LinkedHashSet<>(settings.repositories());
        data.issues().forEach(issue -> repositories.add(issue.repository()));
        for (String repository : repositories) {
            server.stubFor(get(urlPathEqualTo(prefix + "/repos/" + repository)).willReturn(ok(repository(repository))));
        }
    }

    private void labelledIssueLists() {
        for (String repository : settings.repositories()) {
            List<ObjectNode> listed = listing(data.issues().stream()
                    .filter(issue -> issue.labelled() && issue.repository().equalsIgnoreCase(repository)).toList(),
                    repository);
            String path = prefix + "/repos/" + repository + "/issues";
            String query = "labels=" + URLEncoder.encode(settings.label(), StandardCharsets.UTF_8) + "&state=all&per_page="
                    + settings.pageSize();
            pages(listed, settings.pageSize(), path, query, () -> get(urlPathEqualTo(path))
                    .withQueryParam("labels", equalTo(settings.label()))
                    .withQueryParam("state", equalTo("all"))
                    .withQueryParam("per_page", equalTo(String.valueOf(settings.pageSize()))));
        }
    }

    /**
     * {@code issues} of {@code repository} as GitHub lists them, newest first; the first repository's list also holds a
     * pull request, because the issues API lists pull requests too and the source must skip them.
     */
    private List<ObjectNode> listing(List<GitHubIssue> issues, String repository) {
        List<ObjectNode> listed = issues.stream()
                .sorted(Comparator.comparingInt(GitHubIssue::number).reversed())
                .map(this::issue)
                .collect(Collectors.toCollection(ArrayList::new));
        if (repository.equals(settings.repositories().get(0))) {
            listed.add(Math.min(1, listed.size()), pullRequest(repository));
        }
        return listed;
    }

    /**
     * Each repository's whole issue list (no label filter), newest first: its CSH issues, the sub-issues in it
     * (each naming its parent in {@code parent_issue_url}), {@code otherIssues} unrelated ones and, in the first
     * repository, the pull request.
     */
    private void wholeIssueLists(Map<String, Integer> otherIssues) {
        for (String repository : settings.repositories()) {
            List<GitHubIssue> inRepository = data.issues().stream()
                    .filter(issue -> issue.repository().equalsIgnoreCase(repository)).toList();
            int highest = inRepository.stream().mapToInt(GitHubIssue::number).max().orElse(0) + 1;
            List<GitHubIssue> all = new ArrayList<>(inRepository);
            for (int i = 1; i <= otherIssues.getOrDefault(repository, 0); i++) {
                int number = highest + i;
                all.add(new GitHubIssue("https://github.com/" + repository + "/issues/" + number, repository, number,
                        "Unrelated product issue " + number, "Not CSH work.", List.of("bug"), "open", null, null,
                        data.fetchedAt(), false, 0, null));
            }
            List<ObjectNode> listed = listing(all, repository);
            String path = prefix + "/repos/" + repository + "/issues";
            String query = "state=all&per_page=" + settings.pageSize();
            pages(listed, settings.pageSize(), path, query, () -> get(urlPathEqualTo(path))
                    .withQueryParam("labels", absent())
                    .withQueryParam("since", absent())
                    .withQueryParam("state", equalTo("all"))
                    .withQueryParam("per_page", equalTo(String.valueOf(settings.pageSize()))));
        }
    }

    private void subIssueLists() {
        for (GitHubIssue parent : data.issues()) {
            List<ObjectNode> children = childrenOf(parent).stream().map(this::issue).toList();
            if (!children.isEmpty()) {
                String path = prefix + "/repos/" + parent.repository() + "/issues/" + parent.number() + "/sub_issues";
                pages(children, SUB_ISSUES_PAGE_SIZE, path, "per_page=" + SUB_ISSUES_PAGE_SIZE,
                        () -> get(urlPathEqualTo(path)));
            }
        }
    }

    /** One stub per page; page 1 also answers requests that name no page, as GitHub does. */
    private void pages(List<ObjectNode> items, int pageSize, String path, String query,
                       Supplier<MappingBuilder> request) {
        int last = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        for (int page = 1; page <= last; page++) {
            ArrayNode body = json.createArrayNode();
            body.addAll(items.subList((page - 1) * pageSize, Math.min(items.size(), page * pageSize)));
            ResponseDefinitionBuilder response = ok(body);
            String links = links(baseUrl + path.substring(prefix.length()) + "?" + query + "&page=", page, last);
            if (!links.isEmpty()) {
                response = response.withHeader("Link", links);
            }
            server.stubFor(request.get().withQueryParam("page", equalTo(String.valueOf(page)))
                    .atPriority(EXACT).willReturn(response));
            if (page == 1) {
                server.stubFor(request.get().atPriority(FIRST_PAGE).willReturn(response));
            }
        }
    }

    private static String links(String pageUrl, int page, int last) {
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add("<" + pageUrl + (page - 1) + ">; rel=\"prev\"");
        }
        if (page < last) {
            links.add("<" + pageUrl + (page + 1) + ">; rel=\"next\"");
            links.add("<" + pageUrl + last + ">; rel=\"last\"");
        }
        if (page > 1) {
            links.add("<" + pageUrl + 1 + ">; rel=\"first\"");
        }
        return String.join(", ", links);
    }

    private void board() {
        List<ObjectNode> nodes = new ArrayList<>();
        // a draft item has no issue behind it: content is empty
        nodes.add(boardItem(null, 1.0));
        data.boardHours().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> nodes.add(boardItem(entry.getKey(), entry.getValue())));
        data.issues().stream()
                .filter(issue -> issue.labelled() && !data.boardHours().containsKey(issue.url()))
                .forEach(issue -> nodes.add(boardItem(issue.url(), null)));

        String path = prefix + "/graphql";
        int last = Math.max(1, (nodes.size() + BOARD_PAGE_SIZE - 1) / BOARD_PAGE_SIZE);
        for (int page = 1; page <= last; page++) {
            int end = Math.min(nodes.size(), page * BOARD_PAGE_SIZE);
            ArrayNode pageNodes = json.createArrayNode();
            pageNodes.addAll(nodes.subList((page - 1) * BOARD_PAGE_SIZE, end));
            MappingBuilder request = post(urlPathEqualTo(path))
                    .withRequestBody(matchingJsonPath("$.query", containing("projectV2(number: $number)")))
                    .withRequestBody(matchingJsonPath("$.variables.owner", equalTo(settings.projectOwner())))
                    .withRequestBody(matchingJsonPath("$.variables.number",
                            equalTo(String.valueOf(settings.projectNumber()))))
                    .withRequestBody(matchingJsonPath("$.variables.field", equalTo(settings.hoursField())));
            if (page > 1) {
                request = request.withRequestBody(matchingJsonPath("$.variables.after",
                        equalTo(cursor((page - 1) * BOARD_PAGE_SIZE)))).atPriority(EXACT);
            } else {
                request = request.atPriority(FIRST_PAGE);
            }
            server.stubFor(request.willReturn(ok(boardPage(pageNodes, page < last, cursor(end)))));
        }
        server.stubFor(post(urlPathEqualTo(path)).atPriority(FALLBACK)
                .willReturn(ok(projectNotFound()).withTransformers("response-template")));
        server.stubFor(post(urlPathEqualTo(path)).atPriority(EXACT)
                .withRequestBody(matchingJsonPath("$.query", containing("ProjectV2FieldCommon")))
                .withRequestBody(matchingJsonPath("$.variables.owner", equalTo(settings.projectOwner())))
                .withRequestBody(matchingJsonPath("$.variables.number", equalTo(String.valueOf(settings.projectNumber()))))
                .willReturn(ok(boardFields())));
    }

    private ObjectNode boardPage(ArrayNode nodes, boolean hasNextPage, String endCursor) {
        ObjectNode answer = json.createObjectNode();
        ObjectNode items = answer.putObject("data").putObject("organization").putObject("projectV2").putObject("items");
        items.putObject("pageInfo").put("hasNextPage", hasNextPage).put("endCursor", nodes.isEmpty() ? null : endCursor);
        items.set("nodes", nodes);
        return answer;
    }

    private ObjectNode boardItem(String issueUrl, Double hours) {
        ObjectNode node = json.createObjectNode();
        ObjectNode content = node.putObject("content");
        if (issueUrl != null) {
            content.put("url", issueUrl);
        }
        if (hours == null) {
            node.putNull("hours");
        } else {
            node.putObject("hours").put("number", hours);
        }
        return node;
    }

    /** The board's fields as GitHub lists them: the built-in ones, a status and the hours number field. */
    private ObjectNode boardFields() {
        ObjectNode answer = json.createObjectNode();
        ArrayNode nodes = answer.putObject("data").putObject("organization").putObject("projectV2")
                .putObject("fields").putArray("nodes");
        nodes.addObject().put("name", "Title").put("dataType", "TITLE");
        nodes.addObject().put("name", "Assignees").put("dataType", "ASSIGNEES");
        nodes.addObject().put("name", "Status").put("dataType", "SINGLE_SELECT");
        nodes.addObject().put("name", settings.hoursField()).put("dataType", "NUMBER");
        return answer;
    }

    /** What GitHub answers, with status 200, for a project number it does not know (templated with the asked one). */
    private ObjectNode projectNotFound() {
        ObjectNode answer = json.createObjectNode();
        answer.putObject("data").putNull("organization");
        ObjectNode error = answer.putArray("errors").addObject();
        error.put("type", "NOT_FOUND");
        error.putArray("path").add("organization").add("projectV2");
        error.put("message", "Could not resolve to a ProjectV2 with the number "
                + "{{jsonPath request.body '$.variables.number'}}.");
        return answer;
    }

    private static String cursor(int index) {
        return Base64.getEncoder().encodeToString(("cursor:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private List<GitHubIssue> childrenOf(GitHubIssue parent) {
        return children.getOrDefault(parent.url(), List.of());
    }

    private ObjectNode issue(GitHubIssue issue) {
        String apiUrl = baseUrl + "/repos/" + issue.repository() + "/issues/" + issue.number();
        ObjectNode node = json.createObjectNode();
        node.put("url", apiUrl);
        node.put("repository_url", baseUrl + "/repos/" + issue.repository());
        node.put("labels_url", apiUrl + "/labels{/name}");
        node.put("comments_url", apiUrl + "/comments");
        node.put("events_url", apiUrl + "/events");
        node.put("html_url", issue.url());
        node.put("id", id(issue.url()));
        node.put("node_id", "I_" + Long.toHexString(id(issue.url())));
        node.put("number", issue.number());
        node.put("title", issue.title());
        node.set("user", user("csh-staff"));
        ArrayNode labels = node.putArray("labels");
        List<String> names = new ArrayList<>(issue.labels());
        if (issue.labelled() && names.stream().noneMatch(name -> name.equalsIgnoreCase(settings.label()))) {
            names.add(settings.label());
        }
        names.forEach(name -> labels.add(label(issue.repository(), name)));
        node.put("state", issue.state());
        node.put("locked", false);
        node.putNull("assignee");
        node.putArray("assignees");
        node.putNull("milestone");
        node.put("comments", 0);
        Instant updated = issue.updatedAt() != null ? issue.updatedAt() : data.fetchedAt();
        node.put("created_at", text(updated));
        node.put("updated_at", text(issue.updatedAt()));
        node.put("closed_at", text(issue.closedAt()));
        node.put("author_association", "MEMBER");
        node.putNull("active_lock_reason");
        node.set("sub_issues_summary", subIssuesSummary(issue));
        GitHubIssue parent = issue.parentUrl() == null ? null : byUrl.get(issue.parentUrl());
        if (parent == null) {
            node.putNull("parent_issue_url");
        } else {
            node.put("parent_issue_url", baseUrl + "/repos/" + parent.repository() + "/issues/" + parent.number());
        }
        node.put("body", issue.body());
        if (issue.isClosed()) {
            node.set("closed_by", user("csh-staff"));
        }
        node.put("timeline_url", apiUrl + "/timeline");
        node.putNull("performed_via_github_app");
        node.put("state_reason", issue.stateReason());
        return node;
    }

    private ObjectNode subIssuesSummary(GitHubIssue issue) {
        List<GitHubIssue> children = childrenOf(issue);
        long completed = children.stream()
                .filter(child -> child.isClosed() && "completed".equals(child.stateReason())).count();
        ObjectNode summary = json.createObjectNode();
        summary.put("total", children.size());
        summary.put("completed", completed);
        summary.put("percent_completed", children.isEmpty() ? 0 : (int) (completed * 100 / children.size()));
        return summary;
    }

    private ObjectNode pullRequest(String repository) {
        int number = data.issues().stream().filter(issue -> issue.repository().equalsIgnoreCase(repository))
                .mapToInt(GitHubIssue::number).max().orElse(0) + 1;
        String htmlUrl = "https://github.com/" + repository + "/pull/" + number;
        GitHubIssue asIssue = new GitHubIssue(htmlUrl, repository, number, "Bump a dependency (a pull request)",
                "Pull requests carry the label too, but are not CSH work.", List.of(settings.label()), "open", null,
                null, data.fetchedAt(), true, 0, null);
        ObjectNode node = issue(asIssue);
        node.remove("sub_issues_summary");
        ObjectNode pull = node.putObject("pull_request");
        pull.put("url", baseUrl + "/repos/" + repository + "/pulls/" + number);
        pull.put("html_url", htmlUrl);
        pull.put("diff_url", htmlUrl + ".diff");
        pull.put("patch_url", htmlUrl + ".patch");
        return node;
    }

    private ObjectNode repository(String repository) {
        String owner = repository.substring(0, repository.indexOf('/'));
        String name = repository.substring(repository.indexOf('/') + 1);
        ObjectNode node = json.createObjectNode();
        node.put("id", id(repository));
        node.put("node_id", "R_" + Long.toHexString(id(repository)));
        node.put("name", name);
        node.put("full_name", repository);
        node.put("private", true);
        ObjectNode ownerNode = user(owner);
        ownerNode.put("type", "Organization");
        node.set("owner", ownerNode);
        node.put("html_url", "https://github.com/" + repository);
        node.put("description", "Sample repository for the CSH reconciler");
        node.put("fork", false);
        node.put("url", baseUrl + "/repos/" + repository);
        node.put("issues_url", baseUrl + "/repos/" + repository + "/issues{/number}");
        node.put("created_at", "2024-01-02T09:00:00Z");
        node.put("updated_at", "2026-01-02T09:00:00Z");
        node.put("has_issues", true);
        node.put("archived", false);
        node.put("visibility", "private");
        node.put("default_branch", "main");
        return node;
    }

    private ObjectNode user(String login) {
        ObjectNode node = json.createObjectNode();
        node.put("login", login);
        node.put("id", id(login));
        node.put("node_id", "U_" + Long.toHexString(id(login)));
        node.put("avatar_url", "https://avatars.githubusercontent.com/u/" + id(login) + "?v=4");
        node.put("url", baseUrl + "/users/" + login);
        node.put("html_url", "https://github.com/" + login);
        node.put("type", "User");
        node.put("site_admin", false);
        return node;
    }

    private ObjectNode label(String repository, String name) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id(repository + "#" + name));
        node.put("node_id", "LA_" + Long.toHexString(id(repository + "#" + name)));
        node.put("url", baseUrl + "/repos/" + repository + "/labels/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        node.put("name", name);
        node.put("color", "0e8a16");
        node.put("default", false);
        node.put("description", "");
        return node;
    }

    /** Stable, positive ids, so the same data always gives the same answers. */
    private static long id(String key) {
        return (key.hashCode() & 0x7fffffffL) + 1_000_000L;
    }

    /** GitHub writes whole seconds. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private ResponseDefinitionBuilder ok(Object body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("X-GitHub-Api-Version-Selected", "2022-11-28")
                .withBody(body.toString());
    }
}
