package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EstimateBoundsTest {

    @Test
    void hoursBecomeMinutesRoundedHalfUpAsTheRulesRoundThem() {
        assertThat(ReconcileJobConfiguration.minutes(new BigDecimal("0.999"))).isEqualTo(60);
        assertThat(ReconcileJobConfiguration.minutes(new BigDecimal("1.25"))).isEqualTo(75);
        assertThat(ReconcileJobConfiguration.minutes(new BigDecimal("0.0083"))).isEqualTo(0);
    }
}
