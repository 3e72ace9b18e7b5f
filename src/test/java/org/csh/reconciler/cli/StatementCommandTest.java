package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.junit.jupiter.api.Test;

class StatementCommandTest {

    private static final Communities COMMUNITIES = new Communities(List.of(
            new Community("Example University", List.of("ExampleU"), List.of()),
            new Community("Coastal Ecology Lab", List.of(), List.of()),
            new Community("Neuro Data Commons", List.of("NDC"), List.of())));

    @Test
    void anAliasInAnyCaseNamesTheCommunity() {
        assertThat(StatementCommand.resolve("exampleu", COMMUNITIES, "communities.yml")).isEqualTo("Example University");
    }

    @Test
    void aMisspeltNameIsABadArgumentThatSuggestsTheCloseOnes() {
        assertThatThrownBy(() -> StatementCommand.resolve("Exampel Univrsity", COMMUNITIES, "communities.yml"))
                .isInstanceOf(BadArgumentsException.class)
                .hasMessage("--statement: no community 'Exampel Univrsity' in communities.yml; "
                        + "did you mean 'Example University'?");
    }

    @Test
    void aShortenedMisspeltNameSuggestsTheCommunity() {
        assertThatThrownBy(() -> StatementCommand.resolve("Exampel Univ", COMMUNITIES, "communities.yml"))
                .hasMessageEndingWith("did you mean 'Example University'?");
    }

    @Test
    void aPartOfTheNameSuggestsTheCommunitiesHoldingIt() {
        assertThatThrownBy(() -> StatementCommand.resolve("coastal", COMMUNITIES, "communities.yml"))
                .hasMessageEndingWith("did you mean 'Coastal Ecology Lab'?");
    }

    @Test
    void aNameLikeNoneListsTheKnownCommunitiesOnOneLine() {
        assertThatThrownBy(() -> StatementCommand.resolve("Zzzz Institute", COMMUNITIES, "communities.yml"))
                .hasMessageEndingWith("known communities: Coastal Ecology Lab, Example University, Neuro Data Commons")
                .hasMessageNotContaining("\n");
    }
}
