package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.junit.jupiter.api.Test;

/** The shipped placeholders are recognised; an organisation that happens to share a name with one is not. */
class ShippedExamplesTest {

    @Test
    void onlyTheExampleCommunitiesAreTheShippedExample() {
        assertThat(ShippedExamples.problems(communities("Example University"))).singleElement().asString()
                .contains("the communities (Example University) are the shipped example", "replace the example value");
        assertThat(ShippedExamples.problems(communities("Example University", "Open Science Lab", "Civic Data Commons")))
                .hasSize(1);
    }

    @Test
    void anExampleNameAmongRealCommunitiesIsNoExample() {
        assertThat(ShippedExamples.problems(communities("Example University", "Coastal Ecology Lab"))).isEmpty();
    }

    @Test
    void exampleHostsAreThoseOfTheReservedExampleDomains() {
        assertThat(ShippedExamples.isExampleHost("smtp.example.org")).isTrue();
        assertThat(ShippedExamples.isExampleHost("EXAMPLE.COM")).isTrue();
        assertThat(ShippedExamples.isExampleHost("smtp.example.org.internal")).isFalse();
        assertThat(ShippedExamples.isExampleHost("mail.counterexample.org")).isFalse();
    }

    private static Communities communities(String... names) {
        return new Communities(List.of(names).stream().map(name -> new Community(name, List.of(), List.of())).toList());
    }
}
