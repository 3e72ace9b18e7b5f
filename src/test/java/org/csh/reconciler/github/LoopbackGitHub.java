package org.csh.reconciler.github;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;

import java.net.URI;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server on a loopback port standing in for api.github.com, and settings pointing at it. */
final class LoopbackGitHub implements AutoCloseable {

    static final String TOKEN = "fake-github-token-for-tests";

    final WireMockServer server;

    /** @param extensions e.g. {@code GitHubApiStub.extensions()}, so that the nightly {@code since} lists are served */
    LoopbackGitHub(Extension... extensions) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
                .extensions(extensions));
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
