package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.TestPropertySource;

/** {@code csh.mail.always=true}: BD get the report on every run, news or not. */
@TestPropertySource(properties = "csh.mail.always=true")
class NotifyAlwaysFunctionalTest extends EmailedRuns {

    @Test
    void aRerunWithNothingNewSendsAgain() throws Exception {
        run(true);

        assertThat(run(true).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(sent()).hasSize(2);
        assertThat(sent().get(1).getSubject())
                .isEqualTo("CSH report 2026-11-01 – 2026-11-25: 1 exceeding, 1 underusing, 2 without contract");
    }

    @Test
    void noEmailStillSendsNothing() throws Exception {
        assertThat(run(false).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(sent()).isEmpty();
    }
}
