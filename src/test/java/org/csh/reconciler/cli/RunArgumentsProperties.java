package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RunArgumentsProperties {

    /** Any arguments at all: parsed, or refused with BadArgumentsException and a one-line message. */
    @Property(tries = 2000)
    void anyArgumentsParseOrFailWithBadArgumentsOnly(@ForAll("arguments") List<String> args) {
        try {
            RunArguments parsed = RunArguments.parse(args.toArray(String[]::new));
            parsed.range(ZoneOffset.UTC, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
        } catch (BadArgumentsException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    /** Today as late as dates go, so that no generated {@code to} is refused as after tomorrow. */
    private static final Clock AT_THE_END_OF_TIME = Clock.fixed(
            LocalDate.of(9999, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @Property
    void validDatesRoundTrip(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to) {
        LocalDate start = from.isAfter(to) ? to : from;
        LocalDate end = from.isAfter(to) ? from : to;

        RunArguments parsed = RunArguments.parse("--from=" + start, "--to=" + end);

        assertThat(parsed.from()).contains(start);
        assertThat(parsed.to()).contains(end);
        assertThat(parsed.range(ZoneOffset.UTC, AT_THE_END_OF_TIME)).isEqualTo(new RunArguments.DateRange(start, end));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Mostly near-misses of real flags, plus arbitrary text. */
    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<String> flag = Arbitraries.of("--from=", "--to=", "--demo", "--no-email", "--evaluate-estimates",
                "--statement=", "--csh.zone=", "--", "-", "--from", "--x.y=", "");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                dates().map(LocalDate::toString),
                Arbitraries.of("2026-02-30", "2026-13-01", "+999999-01-01", "2026-1-1", " ", "=", "\u0000", "\n"));
        Arbitrary<String> argument = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(flag, value).as(String::concat),
                Arbitraries.strings().ofMaxLength(20));
        return argument.list().ofMaxSize(6);
    }
}
