package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.csh.reconciler.settings.SettingNames;
import org.junit.jupiter.api.Test;

/** Arguments that parse but cannot make a sensible run are refused (exit 2) before anything is read. */
class RunArgumentsLimitsTest {

    /** 23:30 UTC on 25 November: already the 26th in Auckland. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void toAfterTomorrowInTheZoneIsRefused() {
        RunArguments arguments = RunArguments.parse("--to=9999-12-31");

        assertThatThrownBy(() -> arguments.range(ZoneId.of("UTC"), CLOCK)).isInstanceOf(BadArgumentsException.class)
                .hasMessage("--to 9999-12-31 is after tomorrow (2026-11-26 in UTC): a report cannot count work not yet"
                        + " done; give a date up to tomorrow");
    }

    @Test
    void tomorrowIsTheLatestAllowedAndTomorrowIsTakenInTheZone() {
        assertThat(RunArguments.parse("--to=2026-11-26").range(ZoneId.of("UTC"), CLOCK).to())
                .isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(RunArguments.parse("--to=2026-11-27").range(ZoneId.of("Pacific/Auckland"), CLOCK).to())
                .isEqualTo(LocalDate.parse("2026-11-27"));
        assertThatThrownBy(() -> RunArguments.parse("--to=2026-11-27").range(ZoneId.of("UTC"), CLOCK))
                .isInstanceOf(BadArgumentsException.class);
    }

    @Test
    void singleValuedSettingGivenTwiceIsRefused() {
        assertThatThrownBy(() -> RunArguments.parse("--csh.asana.api-url=http://127.0.0.1:1/api/1.0",
                "--csh.asana.api-url=https://app.asana.com/api/1.0"))
                .isInstanceOf(BadArgumentsException.class)
                .hasMessageContaining("--csh.asana.api-url is given 2 times, but holds one value")
                .hasMessageNotContaining("127.0.0.1");
    }

    @Test
    void listSettingsMayBeGivenMoreThanOnce() {
        RunArguments.parse("--csh.github.repositories=acme/support", "--csh.github.repositories=acme/infra",
                "--csh.mail.to=bd@example.org", "--csh.mail.to=lead@example.org");

        assertThat(SettingNames.LISTS).contains("csh.github.repositories", "csh.asana.project-gids", "csh.mail.to");
    }
}
