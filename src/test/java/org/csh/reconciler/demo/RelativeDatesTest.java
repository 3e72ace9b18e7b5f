package org.csh.reconciler.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {

    private final RelativeDates dates = new RelativeDates(LocalDate.parse("2026-11-03"));

    @ParameterizedTest
    @CsvSource({
        "today,           2026-11-03",
        "-9d,             2026-10-25",
        "-2d in month,    2026-11-01",
        "-9d in month,    2026-11-01",
        "month-6m,        2026-05-01",
        "month+6m-1d,     2027-04-30",
        "month-40d,       2026-09-22",
        "month-18m,       2025-05-01",
        "month+1y,        2027-11-01",
        "quarter-10d,     2026-09-21"})
    void datesHangOffTheRunDateItsMonthOrItsQuarter(String expression, String date) {
        assertThat(dates.date(expression)).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void aMomentIsATimeOfItsDayInUtc() {
        assertThat(dates.instant("-3d at 23:30")).isEqualTo(Instant.parse("2026-10-31T23:30:00Z"));
        assertThat(dates.instant("today at 08:05:09")).isEqualTo(Instant.parse("2026-11-03T08:05:09Z"));
    }

    @Test
    void aTextShowsEachDateItNamesInItsPattern() {
        assertThat(dates.text("{today:yy} ExampleU")).isEqualTo("26 ExampleU");
        assertThat(dates.text("Office hours ({-9d:d MMM})")).isEqualTo("Office hours (25 Oct)");
        assertThat(dates.text("{-6d:dd/MM/yyyy} 15:04")).isEqualTo("28/10/2026 15:04");
        assertThat(dates.text("No date here")).isEqualTo("No date here");
    }

    @Test
    void anExpressionItCannotReadSaysWhatToWrite() {
        assertThatThrownBy(() -> dates.date("3 days ago"))
                .hasMessageContaining("'3 days ago' is not a date relative to the run date")
                .hasMessageContaining("month-6m");
        assertThatThrownBy(() -> dates.instant("-3d 23:30"))
                .hasMessageContaining("'-3d 23:30' is not a moment relative to the run date");
    }
}
