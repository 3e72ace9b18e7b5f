package org.csh.reconciler.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinutesTest {

    @Test
    void hoursBecomeWholeMinutesRoundedHalfUp() {
        assertThat(Minutes.fromHours(new BigDecimal("0.999"))).isEqualTo(60);
        assertThat(Minutes.fromHours(new BigDecimal("1.25"))).isEqualTo(75);
        assertThat(Minutes.fromHours(new BigDecimal("0.0083"))).isZero();
        assertThat(Minutes.fromHours(new BigDecimal("0.0084"))).isEqualTo(1);
        assertThat(Minutes.fromHours(1.5)).isEqualTo(90);
        assertThat(Minutes.fromHours(0.0084)).isEqualTo(1);
    }

    @Test
    void minutesBecomeHoursWithTwoDecimalsRoundedHalfUp() {
        assertThat(Minutes.toHours(59)).isEqualByComparingTo("0.98");
        assertThat(Minutes.toHours(90)).isEqualTo(new BigDecimal("1.50"));
        assertThat(Minutes.toHours(1)).isEqualByComparingTo("0.02");
    }

    @ParameterizedTest(name = "{0} min is {1}")
    @CsvSource({"0, 0 h", "15, 0.25 h", "20, 0.33 h", "60, 1 h", "90, 1.5 h", "120, 2 h", "135, 2.25 h"})
    void aPersonReadsCompactHours(long minutes, String written) {
        assertThat(Minutes.format(minutes)).isEqualTo(written);
    }

    @Test
    void aRoundTripKeepsTheMinutesTheReportShows() {
        for (long minutes = 0; minutes < 600; minutes++) {
            assertThat(Math.abs(Minutes.fromHours(Minutes.toHours(minutes)) - minutes)).as("%d min", minutes)
                    .isLessThanOrEqualTo(1);
        }
    }
}
