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

    /** The board's fields (fixture {@code github/board-fields.json}: "GitHub Hours" among them), asked once per read. */
    void serveBoardFields() {
        String body;
        try (var in = LoopbackGitHub.class.getResourceAsStream("/github/board-fields.json")) {
            body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/graphql"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("ProjectV2FieldCommon"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(body)));
    }

    @Override
    public void close() {
        server.stop();
    }
}
