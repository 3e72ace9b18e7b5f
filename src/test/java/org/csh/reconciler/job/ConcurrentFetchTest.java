package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.csh.reconciler.asana.AsanaApiSource;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.AsanaSources;
import org.csh.reconciler.bench.SyntheticOrganisation;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.github.GitHubApiSource;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.github.GitHubSources;
import org.csh.reconciler.github.GitHubSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** Reading with many requests in flight gives exactly what reading one at a time gives, with no extra requests. */
class ConcurrentFetchTest {

    private final SyntheticOrganisation org = SyntheticOrganisation.generate(8, 20, 0.5, 3);
    private WireMockServer server;
    private String root;

    @BeforeEach
    void serve() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .http2PlainDisabled(true).extensions(AsanaApiStub.extensions()));
        server.start();
        root = "http://127.0.0.1:" + server.port();
        GitHubApiStub.register(server, org.github(), github(1));
        AsanaApiStub.register(server, org.asana(), asana(1));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void gitHubReadSideBySideEqualsGitHubReadOneAtATime() {
        GitHubApiSource one = GitHubSources.standard(github(1));
        GitHubApiSource many = GitHubSources.standard(github(6));

        GitHubSnapshot alone = one.fetch();
        GitHubSnapshot together = many.fetch();

        assertThat(together.issues()).containsExactlyElementsOf(alone.issues());
        assertThat(together.boardHours()).isEqualTo(alone.boardHours());
        assertThat(many.requestCount()).isEqualTo(one.requestCount());
    }

    @Test
    void asanaReadSideBySideEqualsAsanaReadOneAtATime() {
        AsanaApiSource one = AsanaSources.withDefaults(asana(1));
        AsanaApiSource many = AsanaSources.withDefaults(asana(8));

        List<Object> alone = new ArrayList<>(one.fetch().engagements());
        List<Object> together = new ArrayList<>(many.fetch().engagements());

        assertThat(together).isNotEmpty().containsExactlyElementsOf(alone);
        assertThat(many.requestCount()).isEqualTo(one.requestCount());
    }

    private GitHubSettings github(int concurrency) {
        return new GitHubSettings(URI.create(root), "token", "CSH", org.repositoryNames(),
                SyntheticOrganisation.ORGANISATION, SyntheticOrganisation.PROJECT_NUMBER, "GitHub Hours", 10,
                concurrency);
    }

    private AsanaSettings asana(int concurrency) {
        return new AsanaSettings(URI.create(root + "/api/1.0"), "token", SyntheticOrganisation.PORTFOLIO_GID,
                List.of(), "Community Success Hours", "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 10,
                concurrency);
    }
}
