package org.csh.reconciler.github;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.net.URI;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server on a loopback port standing in for api.github.com, and settings pointing at it. */
final class LoopbackGitHub implements AutoCloseable {

    static final String TOKEN = "fake-github-token-for-tests";

    final WireMockServer server;

    LoopbackGitHub() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true));
        server.start();
    }

    GitHubSettings settings(int pageSize, String... repositories) {
        return new GitHubSettings(URI.create(server.baseUrl()), TOKEN, "CSH", List.of(repositories), "acme", 7,
                "GitHub Hours", pageSize);
    }

    @Override
    public void close() {
        server.stop();
    }
}
