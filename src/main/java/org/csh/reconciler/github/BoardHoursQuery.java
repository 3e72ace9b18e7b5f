package org.csh.reconciler.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the board's GitHub Hours per issue through GraphQL, page by page (Projects v2 are GraphQL-only). */
final class BoardHoursQuery {

    /** The query from SPEC.md, as written: its shape, with the alias {@code hours}, is part of the contract. */
    static final String QUERY = """
            query($owner: String!, $number: Int!, $field: String!, $after: String) {
              organization(login: $owner) { projectV2(number: $number) {
                items(first: 100, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  nodes { content { ... on Issue { url } }
                          hours: fieldValueByName(name: $field) { ... on ProjectV2ItemFieldNumberValue { number } } } } } } }""";

    /**
     * The board's fields, asked once before anything is read: GitHub answers {@code fieldValueByName} of a name the
     * board lacks with null, which would read as "no hours on any item" without a word.
     */
    static final String FIELDS_QUERY = """
            query($owner: String!, $number: Int!) {
              organization(login: $owner) { projectV2(number: $number) {
                fields(first: 50) { nodes { ... on ProjectV2FieldCommon { name dataType } } } } } }""";

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final URI endpoint;
    private final GitHubSettings settings;
    private final String what;

    BoardHoursQuery(GitHubHttp http, ObjectMapper json, GitHubSettings settings) {
        this.http = http;
        this.json = json;
        this.endpoint = URI.create(BaseUrl.of(settings.apiUrl()) + "/graphql");
        this.settings = settings;
        this.what = "GitHub project board " + settings.projectOwner() + " #" + settings.projectNumber()
                + " (field '" + settings.hoursField() + "')";
    }

    /** GitHub Hours per issue html_url; draft items and items with no value are left out. */
    Map<String, Double> read() {
        Map<String, Double> hours = new LinkedHashMap<>();
        String after = null;
        Set<String> cursors = new HashSet<>();
        boolean more = true;
        while (more) {
            JsonNode items = items(parse(http.postJson(endpoint, requestBody(after), what).body()));
            for (JsonNode node : items.path("nodes")) {
                String url = node.path("content").path("url").asText("");
                JsonNode number = node.path("hours").path("number");
                if (!url.isEmpty() && number.isNumber()) {
                    hours.put(url, number.asDouble());
                }
            }
            JsonNode pageInfo = items.path("pageInfo");
            more = pageInfo.path("hasNextPage").asBoolean(false);
            after = pageInfo.path("endCursor").asText(null);
            if (more && after == null) {
                throw GitHubAccessException.invalidData(what, "GraphQL says there is a next page but gives no cursor");
            }
            if (more && !cursors.add(after)) {
                throw GitHubAccessException.invalidData(what, "GraphQL page " + cursors.size() + " says hasNextPage"
                        + " with endCursor '" + after + "' again; stopped instead of reading the same page again");
            }
        }
        return hours;
    }

    /** Fails, naming the fields the board has, unless the hours field is one of them and holds numbers. */
    void requireHoursField() {
        ObjectNode body = json.createObjectNode();
        body.put("query", FIELDS_QUERY);
        body.putObject("variables").put("owner", settings.projectOwner()).put("number", settings.projectNumber());
        JsonNode fields = project(parse(http.postJson(endpoint, body.toString(), what).body())).path("fields");
        List<String> described = new ArrayList<>();
        for (JsonNode field : fields.path("nodes")) {
            String name = field.path("name").asText("");
            String type = field.path("dataType").asText("");
            if (name.equals(settings.hoursField())) {
                if ("NUMBER".equals(type)) {
                    return;
                }
                throw new GitHubAccessException(what + ": the field is of type " + type + ", not NUMBER, so it holds"
                        + " no hours; set csh.github.project.hours-field to the board's number field", 200);
            }
            if (!name.isEmpty()) {
                described.add("'" + name + "' (" + type + ")");
            }
        }
        throw new GitHubAccessException(what + ": the board has no field of that name; its fields are "
                + (described.isEmpty() ? "none" : String.join(", ", described))
                + ". Set csh.github.project.hours-field to the number field holding the hours", 200);
    }

    String requestBody(String after) {
        ObjectNode body = json.createObjectNode();
        body.put("query", QUERY);
        ObjectNode variables = body.putObject("variables");
        variables.put("owner", settings.projectOwner());
        variables.put("number", settings.projectNumber());
        variables.put("field", settings.hoursField());
        variables.put("after", after);
        return body.toString();
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw GitHubAccessException.invalidData(what, "the GraphQL answer is not complete JSON (truncated or malformed)");
        }
    }

    private JsonNode items(JsonNode answer) {
        return project(answer).path("items");
    }

    /** GraphQL reports failures such as an unknown project inside a 200 answer. */
    private JsonNode project(JsonNode answer) {
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            errors.forEach(error -> messages.add(error.path("message").asText("unknown error")));
            throw new GitHubAccessException(what + ": GraphQL error: " + String.join("; ", messages)
                    + " (check csh.github.project.owner, csh.github.project.number and the token's project scope)", 200);
        }
        JsonNode project = answer.path("data").path("organization").path("projectV2");
        if (project.isMissingNode() || project.isNull()) {
            throw new GitHubAccessException(what + ": not found (check csh.github.project.owner and "
                    + "csh.github.project.number)", 200);
        }
        return project;
    }
}
