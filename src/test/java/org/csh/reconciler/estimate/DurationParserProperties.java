package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DurationParserProperties {

    private final DurationParser parser = new DurationParser();

    @Property
    void anyTextGivesNoneOrAPositiveDuration(@ForAll String title, @ForAll String text) {
        parser.parse(title, text).ifPresent(d -> {
            assertThat(d.minutes()).isPositive();
            assertThat(d.totalMinutes()).isPositive();
            assertThat(d.staff()).isBetween(1, DurationParser.MAX_STAFF);
        });
    }

    /** Random strings rarely hit the parser's words: these are built from them, to reach its corners. */
    @Property(tries = 2000)
    void durationLikeTextGivesNoneOrAPositiveDuration(@ForAll("durationLikeText") String text) {
        parser.parse(text, text).ifPresent(d -> assertThat(d.totalMinutes()).isPositive());
    }

    @Property
    void minutesAreReadAsWritten(@ForAll @IntRange(min = 1, max = 600) int n) {
        assertThat(parser.parse(n + " min")).hasValueSatisfying(d -> assertThat(d.totalMinutes()).isEqualTo(n));
    }

    @Property
    void twoStaffDoubleTheMinutes(@ForAll @IntRange(min = 1, max = 600) int n) {
        assertThat(parser.parse(n + " minutes with 2 staff"))
                .hasValueSatisfying(d -> assertThat(d.totalMinutes()).isEqualTo(2L * n));
    }

    @Provide
    Arbitrary<String> durationLikeText() {
        List<String> tokens = List.of("1", "2", "30", "1.5", "1,5", "0", "-", "–", "x", "×", "h", "hr", "hrs", "hours",
                "min", "mins", "minutes", "m", "an", "a", "half", "quarter", "of", "hour", "and", "one", "two",
                "forty-five", "(", ")", "[", "]", "=", "+", "total", "each", "staff", "people", "of us", "both",
                "@alice", "@bob", "attended", "ago", "every", "at", "10:30", "2026-01-15", "v1.5", "24/7", " ",
                "calls", "to", "\u00a0", "9999", "99");
        return Arbitraries.of(tokens).list().ofMaxSize(14)
                .flatMap(words -> Arbitraries.of(" ", "").map(sep -> String.join(sep, words)));
    }
}
