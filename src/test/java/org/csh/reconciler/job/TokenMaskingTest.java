package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.csh.reconciler.settings.CshProperties;
import org.junit.jupiter.api.Test;

/** Settings objects end up in logs and exception messages; their text never holds a token. */
class TokenMaskingTest {

    private static final String GITHUB_TOKEN = "fake-github-token-for-masking-test";
    private static final String ASANA_TOKEN = "fake-asana-token-for-masking-test";

    private final CshProperties.GitHub github = new CshProperties.GitHub(URI.create("http://127.0.0.1:1"), GITHUB_TOKEN,
            "CSH", List.of("acme/support"), new CshProperties.Project("acme", 7, "GitHub Hours"), 100, 4);
    private final CshProperties.Asana asana = new CshProperties.Asana(URI.create("http://127.0.0.1:1/api/1.0"),
            ASANA_TOKEN, "9000", List.of(), "Community Success Hours",
            new CshProperties.Fields("GitHub URL", "GitHub Hours", "Total Time", "Hours Total", "Community"), 100, 8,
            List.of(), "completed_at", new CshProperties.WriteBack(null));

    @Test
    void gitHubSettingsShowEverythingButTheToken() {
        assertThat(List.of(github.toString(), github.settings().toString())).allSatisfy(text -> assertThat(text)
                .doesNotContain(GITHUB_TOKEN).contains("token=****", "acme/support", "127.0.0.1"));
    }

    @Test
    void asanaSettingsShowEverythingButTheToken() {
        assertThat(List.of(asana.toString(), asana.settings().toString())).allSatisfy(text -> assertThat(text)
                .doesNotContain(ASANA_TOKEN).doesNotContain("for-masking-test").contains("token=****", "9000"));
    }

    @Test
    void aMissingTokenIsSaidToBeMissing() {
        CshProperties.GitHub none = new CshProperties.GitHub(URI.create("http://127.0.0.1:1"), null, "CSH", List.of(),
                new CshProperties.Project(null, 0, "GitHub Hours"), 100, 4);

        assertThat(none.toString()).contains("token=<none>");
    }
}
