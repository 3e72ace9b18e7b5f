package org.csh.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The ways people paste an issue address into Asana's "GitHub URL" field all lead to the issue. */
class IssueUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://github.com/acme/support/issues/12",
        "  https://github.com/acme/support/issues/12  ",
        "https://GitHub.com/ACME/Support/issues/12/",
        "http://www.github.com/acme/support/issues/12",
        "https://github.com/acme/support/issues/12#issuecomment-123",
        "https://api.github.com/repos/acme/support/issues/12",
        "https://github.com/acme/support/pull/12"})
    void everyFormOfAnIssueAddressHasTheSameKey(String pasted) {
        assertThat(IssueUrl.key(pasted)).isEqualTo("https://github.com/acme/support/issues/12");
    }

    @Test
    void textThatIsNotAnIssueAddressIsNotAnIssue() {
        assertThat(IssueUrl.ifIssue("see the board")).isEmpty();
        assertThat(IssueUrl.ifIssue("https://github.com/acme/support")).isEmpty();
        assertThat(IssueUrl.ifIssue(null)).isEmpty();
    }

    @Test
    void addressesWrittenInNotesAreFoundInOrder() {
        assertThat(IssueUrl.keysIn("Follow-up of https://github.com/acme/support/issues/3 and "
                + "(https://github.com/acme/grants/issues/40).")).containsExactly(
                        "https://github.com/acme/support/issues/3", "https://github.com/acme/grants/issues/40");
    }
}
