package org.csh.reconciler.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.LogProject;
import org.csh.reconciler.github.GitHubSettings;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Serves the sample organisation on a free loopback port, in the real GitHub and Asana shapes, so that
 * {@code --demo} runs the production client code with no tokens and no network.
 */
public final class DemoServer implements AutoCloseable {

    static final String TOKEN = "demo-token-not-a-secret";
    static final String FIELD_GITHUB_URL = "GitHub URL";
    static final String FIELD_GITHUB_HOURS = "GitHub Hours";
    static final String FIELD_TOTAL_TIME = "Total Time";
    static final String FIELD_HOURS_TOTAL = "Hours Total";
    static final String FIELD_COMMUNITY = "Community";
    static final String FIELD_HOURS_USED = "Hours Used";
    static final String CSH_TASK_NAME = "Community Success Hours";

    private final WireMockServer server;
    private final GitHubSettings github;
    private final AsanaSettings asana;
    private final Path communitiesFile;

    private DemoServer(WireMockServer server, GitHubSettings github, AsanaSettings asana, Path communitiesFile) {
        this.server = server;
        this.github = github;
        this.asana = asana;
        this.communitiesFile = communitiesFile;
    }

    /** Starts serving the sample organisation as it looks on {@code runDate}; its contracts go to {@code workDir}. */
    public static DemoServer start(LocalDate runDate, Path workDir) throws IOException {
        SampleOrganisation sample = SampleOrganisation.load(runDate);
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .http2PlainDisabled(true)
                .disableRequestJournal()
                .extensions(AsanaApiStub.extensions())
                .extensions(GitHubApiStub.extensions()));
        server.start();
        String root = "http://127.0.0.1:" + server.port();
        GitHubSettings github = new GitHubSettings(URI.create(root), TOKEN, sample.label(), sample.repositories(),
                sample.organisation(), sample.projectNumber(), FIELD_GITHUB_HOURS, 100);
        AsanaSettings asana = new AsanaSettings(URI.create(root + "/api/1.0"), TOKEN, sample.portfolioGid(),
                List.of(), CSH_TASK_NAME, FIELD_GITHUB_URL, FIELD_GITHUB_HOURS, FIELD_TOTAL_TIME, FIELD_HOURS_TOTAL, 100)
                .withCommunityFieldAndDeliveredOn(FIELD_COMMUNITY, AsanaSettings.COMPLETED_AT)
                .withLogProjects(sample.asana().logProjects().stream().map(LogProject::gid).toList())
                .withUsedField(FIELD_HOURS_USED);
        GitHubApiStub.register(server, sample.github(), github);
        AsanaApiStub.register(server, sample.asana(), asana);
        Files.createDirectories(workDir);
        Path communities = workDir.resolve("communities.yml");
        Files.writeString(communities, sample.communitiesYaml());
        return new DemoServer(server, github, asana, communities);
    }

    /** Property overrides that point the job at this server; they win over ./config/application.yml. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add("--csh.github.api-url=" + github.apiUrl());
        args.add("--csh.github.token=" + TOKEN);
        args.add("--csh.github.label=" + github.label());
        args.add("--csh.github.repositories=" + String.join(",", github.repositories()));
        args.add("--csh.github.project.owner=" + github.projectOwner());
        args.add("--csh.github.project.number=" + github.projectNumber());
        args.add("--csh.github.project.hours-field=" + github.hoursField());
        args.add("--csh.asana.api-url=" + asana.apiUrl());
        args.add("--csh.asana.token=" + TOKEN);
        args.add("--csh.asana.portfolio-gid=" + asana.portfolioGid());
        args.add("--csh.asana.project-gids=");
        args.add("--csh.asana.csh-task-name=" + CSH_TASK_NAME);
        args.add("--csh.asana.fields.github-url=" + FIELD_GITHUB_URL);
        args.add("--csh.asana.fields.github-hours=" + FIELD_GITHUB_HOURS);
        args.add("--csh.asana.fields.total-time=" + FIELD_TOTAL_TIME);
        args.add("--csh.asana.fields.hours-total=" + FIELD_HOURS_TOTAL);
        args.add("--csh.asana.fields.community=" + FIELD_COMMUNITY);
        args.add("--csh.asana.delivered-on=" + asana.deliveredOn());
        args.add("--csh.asana.log-project-gids=" + String.join(",", asana.logProjectGids()));
        // the demo shows the write-back too: its CSH tasks carry the field, and the stub takes the PUTs
        args.add("--csh.asana.write-back.used-field=" + FIELD_HOURS_USED);
        args.add("--csh.communities-file=" + communitiesFile);
        args.add("--csh.mail.enabled=false");
        return args;
    }

    public GitHubSettings github() {
        return github;
    }

    public AsanaSettings asana() {
        return asana;
    }

    public Path communitiesFile() {
        return communitiesFile;
    }

    /** The sample organisation as first served again: every custom field value written back is forgotten. */
    public void forgetWrites() {
        AsanaApiStub.forgetWrites(server);
    }

    @Override
    public void close() {
        server.stop();
    }
}
