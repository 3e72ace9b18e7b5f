package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.csh.reconciler.demo.AsanaApiStub;

/** A loopback WireMock that can serve Asana through {@link AsanaApiStub}, and settings pointing at it. */
final class AsanaTestServer implements AutoCloseable {

    static final String TOKEN = "1/secret-test-token";
    static final String API_PATH = "/api/1.0";

    final WireMockServer server;

    AsanaTestServer() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
                .extensions(AsanaApiStub.extensions()));
        server.start();
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + API_PATH);
    }

    /** Default field names, page size 100, the portfolio {@code 9000}. */
    AsanaSettings settings() {
        return new AsanaSettings(apiUrl(), TOKEN, "9000", List.of(), "Community Success Hours",
                "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 100);
    }

    List<LoggedRequest> requests() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
    }

    List<LoggedRequest> requestsTo(String pathRegex) {
        return requests().stream()
                .filter(r -> r.getUrl().split("\\?", 2)[0].matches(API_PATH + pathRegex))
                .collect(Collectors.toList());
    }

    static AsanaSettings withPageSize(AsanaSettings s, int pageSize) {
        return new AsanaSettings(s.apiUrl(), s.token(), s.portfolioGid(), s.projectGids(), s.cshTaskName(),
                s.githubUrlField(), s.githubHoursField(), s.totalTimeField(), s.hoursTotalField(), pageSize);
    }

    static AsanaSettings withProjects(AsanaSettings s, List<String> projectGids) {
        return new AsanaSettings(s.apiUrl(), s.token(), null, projectGids, s.cshTaskName(),
                s.githubUrlField(), s.githubHoursField(), s.totalTimeField(), s.hoursTotalField(), s.pageSize());
    }

    static AsanaSettings withFieldNames(AsanaSettings s, String githubUrl, String githubHours, String totalTime,
            String hoursTotal) {
        return new AsanaSettings(s.apiUrl(), s.token(), s.portfolioGid(), s.projectGids(), s.cshTaskName(),
                githubUrl, githubHours, totalTime, hoursTotal, s.pageSize());
    }

    @Override
    public void close() {
        server.stop();
    }
}
