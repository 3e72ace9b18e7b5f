package org.csh.reconciler.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Request;

/** Requests the stub answered, by kind ({@code GitHub whole lists}, {@code Asana subtasks}, …). */
final class RequestKinds {

    static final String GITHUB = "GitHub";
    static final String ASANA = "Asana";

    private final String asanaPath;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    RequestKinds(String asanaPath) {
        this.asanaPath = asanaPath;
    }

    void count(Request request) {
        counts.computeIfAbsent(kind(request), k -> new AtomicInteger()).incrementAndGet();
    }

    /** The counts so far, by kind, and starts again from zero. */
    Map<String, Integer> take() {
        Map<String, Integer> taken = new TreeMap<>();
        counts.forEach((kind, count) -> taken.put(kind, count.getAndSet(0)));
        taken.values().removeIf(count -> count == 0);
        return taken;
    }

    static int total(Map<String, Integer> counts, String api) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(api)).mapToInt(Map.Entry::getValue).sum();
    }

    private String kind(Request request) {
        String url = request.getUrl();
        String path = url.split("\\?", 2)[0];
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        if (path.startsWith(asanaPath)) {
            String asana = path.substring(asanaPath.length());
            if (asana.matches("/portfolios/[^/]+/items")) {
                return ASANA + " portfolio items";
            }
            if (asana.matches("/projects/[^/]+/tasks")) {
                return ASANA + " project tasks";
            }
            if (asana.matches("/tasks/[^/]+/subtasks")) {
                return ASANA + " subtasks";
            }
            return ASANA + " other (" + asana.replaceAll("\\d{6,}", "{gid}") + ")";
        }
        if (path.equals("/graphql")) {
            return request.getBodyAsString().contains("totalCount") ? GITHUB + " GraphQL change check"
                    : GITHUB + " GraphQL board pages";
        }
        if (path.matches("/repos/[^/]+/[^/]+/issues/\\d+/sub_issues")) {
            return GITHUB + " sub_issues";
        }
        if (path.matches("/repos/[^/]+/[^/]+/issues")) {
            if (query.contains("since=")) {
                return GITHUB + " since lists";
            }
            return query.contains("labels=") ? GITHUB + " CSH lists" : GITHUB + " whole lists";
        }
        if (path.matches("/repos/[^/]+/[^/]+")) {
            return GITHUB + " repository (github-api)";
        }
        return GITHUB + " other (" + path + ")";
    }
}
