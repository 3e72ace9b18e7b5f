package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitHub answers with odd values: the adapter keeps every issue and passes the values on as they are. */
class GitHubBadDataTest {

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://x\") 🎉 <b>bold</b>";

    private final LoopbackGitHub github = new LoopbackGitHub();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void unparsableDatesHugeBodiesEmojiAndRepeatsKeepEveryIssue() throws IOException {
        // given issue 9 closed at an unparsable date, with a 100,000-character body and a formula-like title,
        // and issue 11 listed twice
        ArrayNode issues = (ArrayNode) json.readTree(fixture("support-issues.json"));
        ObjectNode nine = (ObjectNode) issues.get(3);
        nine.put("closed_at", "16/03/2026 17:45");
        nine.put("title", FORMULA_TITLE);
        nine.put("body", "x".repeat(100_000));
        issues.add(issues.get(1).deepCopy());
        ArrayNode subIssues = (ArrayNode) json.readTree(fixture("support-issue-9-sub-issues.json"));
        subIssues.forEach(sub -> ((ObjectNode) sub).put("closed_at", "yesterday"));
        serve("/repos/acme/support", fixture("support-repository.json"));
        serve("/repos/acme/support/issues", issues.toString());
        serve("/repos/acme/support/issues/9/sub_issues", subIssues.toString());
        github.server.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(fixture("board-page.json"))));
        github.serveBoardFields();

        // when
        GitHubSnapshot snapshot = GitHubSources.standard(github.settings(100, "acme/support")).fetch();

        // then every issue is there once; the unparsable dates are left empty for the rules to flag
        assertThat(snapshot.issues()).extracting(GitHubIssue::number).containsExactly(9, 11, 12, 13); // 10 is a pull request
        GitHubIssue issue9 = snapshot.issues().get(0);
        assertThat(issue9.title()).isEqualTo(FORMULA_TITLE);
        assertThat(issue9.body()).hasSize(100_000);
        assertThat(issue9.state()).isEqualTo("closed");
        assertThat(issue9.closedAt()).isNull();
        assertThat(snapshot.issues().get(3).isSubIssue()).isTrue();
        assertThat(snapshot.issues().get(3).closedAt()).isNull();
    }

    private void serve(String path, String body) {
        github.server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = GitHubBadDataTest.class.getResourceAsStream("/github/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
