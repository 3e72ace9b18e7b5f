package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.junit.jupiter.api.Test;

/** Community names are found in text as whole words, in any case, including multi-word names and aliases. */
class CommunityNamesTest {

    private final Community exampleU = new Community("Example University", List.of("ExampleU", "example-u"), List.of());
    private final Community cel = new Community("Coastal Ecology Lab", List.of("CEL"), List.of());
    private final CommunityNames names = new CommunityNames(new Communities(List.of(exampleU, cel)));

    @Test
    void multiWordNameMatchesAcrossPunctuationAndCase() {
        assertThat(names.namedIn("Kick-off for EXAMPLE university, phase 2")).containsExactly(exampleU);
    }

    @Test
    void hyphenatedAliasMatches() {
        assertThat(names.namedIn("label: example-u")).containsExactly(exampleU);
    }

    @Test
    void partOfAWordIsNotAName() {
        assertThat(names.namedIn("Excellent cells, examples")).isEmpty();
    }

    @Test
    void everyNamedCommunityIsFoundInOrderOfAppearance() {
        assertThat(names.namedIn("CEL and ExampleU joint workshop")).containsExactly(cel, exampleU);
    }

    @Test
    void nameSplitAcrossTwoTextsIsNotAMatch() {
        assertThat(names.namedIn("Example", "University")).isEmpty();
    }
}
