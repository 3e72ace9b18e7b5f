package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShapeTest {

    @Test
    void countsTheWordsOfTitleAndDescriptionLeavingCodeOut() {
        TextShape shape = TextShape.of("Fix the login page", "It fails on Safari. {code}var x = login(user);{code}");

        assertThat(shape.titleWords()).isEqualTo(4);
        assertThat(shape.descriptionWords()).isEqualTo(4);
        assertThat(shape.code()).isTrue();
    }

    @Test
    void aStackTraceCountsAsCode() {
        String log = "The agent dies:\n  java.lang.IllegalStateException: closed\n\tat org.apache.mesos.Agent.run(Agent.java:42)";

        assertThat(TextShape.of("Agent crash", log).code()).isTrue();
        assertThat(TextShape.of("Agent crash", "The agent dies at start-up (not always).").code()).isFalse();
    }

    @Test
    void countsListItemsLinksAndQuestions() {
        TextShape shape = TextShape.of("Which endpoints need paging?", """
                Steps:
                * list the endpoints, see https://example.org/api
                * add a limit
                # Jira's numbered item
                2. another numbered item
                -not an item, no space
                """);

        assertThat(shape.listItems()).isEqualTo(4);
        assertThat(shape.links()).isEqualTo(1);
        assertThat(shape.question()).isTrue();
    }

    @Test
    void noTextHasNoShape() {
        assertThat(TextShape.of(null, null)).isEqualTo(new TextShape(0, 0, false, 0, 0, false));
        assertThat(TextShape.of("", "").values()).containsOnly(0.0);
    }
}
