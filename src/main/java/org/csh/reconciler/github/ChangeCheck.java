package org.csh.reconciler.github;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One GraphQL request that tells a nightly run what the {@code since} lists cannot: how many CSH issues each
 * repository holds now (so that a deleted or transferred issue is noticed) and when the board last changed.
 */
final class ChangeCheck {

    /** What GitHub says now. */
    record Answer(Map<String, Integer> labelledPerRepository, Optional<Instant> boardUpdatedAt) {
    }

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final GitHubSettings settings;
    private final boolean board;
    private final URI endpoint;

    ChangeCheck(GitHubHttp http, ObjectMapper json, GitHubSettings settings, boolean board) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.board = board;
        this.endpoint = URI.create(BaseUrl.of(settings.apiUrl()) + "/graphql");
    }

    /** The query: {@code r0}, {@code r1} … count each repository's issues carrying the label; {@code board} dates the board. */
    String query() {
        StringBuilder declarations = new StringBuilder("$label: String!");
        StringBuilder fields = new StringBuilder();
        if (board) {
            declarations.append(", $owner: String!, $number: Int!");
            fields.append(" board: organization(login: $owner) { projectV2(number: $number) { updatedAt } }");
        }
        for (int i = 0; i < settings.repositories().size(); i++) {
            declarations.append(", $o").append(i).append(": String!, $n").append(i).append(": String!");
            fields.append(" r").append(i).append(": repository(owner: $o").append(i).append(", name: $n").append(i)
                    .append(") { issues(labels: [$label]) { totalCount } }");
        }
        return "query(" + declarations + ") {" + fields + " }";
    }

    Answer ask() {
        ObjectNode body = json.createObjectNode();
        body.put("query", query());
        ObjectNode variables = body.putObject("variables");
        variables.put("label", settings.label());
        if (board) {
            variables.put("owner", settings.projectOwner());
            variables.put("number", settings.projectNumber());
        }
        List<String> repositories = settings.repositories();
        for (int i = 0; i < repositories.size(); i++) {
            String repository = repositories.get(i);
            variables.put("o" + i, repository.substring(0, repository.indexOf('/')));
            variables.put("n" + i, repository.substring(repository.indexOf('/') + 1));
        }
        String what = "GitHub change check (issue counts, board date)";
        JsonNode answer = parse(http.postJson(endpoint, body.toString(), what).body(), what);
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            errors.forEach(error -> messages.add(error.path("message").asText("unknown error")));
            throw new GitHubAccessException(what + ": GraphQL error: " + String.join("; ", messages), 200);
        }
        JsonNode data = answer.path("data");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < repositories.size(); i++) {
            JsonNode count = data.path("r" + i).path("issues").path("totalCount");
            if (count.isNumber()) {
                counts.put(repositories.get(i), count.asInt());
            }
        }
        String updated = data.path("board").path("projectV2").path("updatedAt").asText(null);
        return new Answer(counts, Optional.ofNullable(updated).map(Instant::parse));
    }

    private JsonNode parse(String body, String what) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw GitHubAccessException.invalidData(what, "the GraphQL answer is not complete JSON (truncated or malformed)");
        }
    }
}
