package org.csh.reconciler.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Parsing costs about a millisecond a file, so these run fewer tries than jqwik's default 1000. */
class CommunitiesFileProperties {

    private static final String SOURCE = "communities.yml";

    @Property(tries = 300)
    void anyTextIsEitherReadOrRejectedWithProblems(@ForAll String text) {
        readOrReject(text);
    }

    @Property(tries = 300)
    void yamlLikeTextIsEitherReadOrRejectedWithProblems(@ForAll("yamlLikeText") String text) {
        readOrReject(text);
    }

    @Property(tries = 300)
    void acceptedFilesHaveUniqueSpellingsAndNonOverlappingOrderedContracts(@ForAll("communitiesFiles") String text) {
        Communities communities = readOrReject(text);
        Statistics.collect(communities == null ? "rejected" : "accepted");
        // guard against a generator so wild that no file is ever accepted and the property holds vacuously
        Statistics.coverage(coverage -> coverage.check("accepted").percentage(p -> p >= 5));
        if (communities == null) {
            return;
        }

        Set<String> spellings = new HashSet<>();
        for (Community community : communities.all()) {
            for (String spelling : community.spellings()) {
                assertThat(spellings.add(spelling.toLowerCase(Locale.ROOT))).as("unique spelling %s", spelling).isTrue();
            }
            for (Contract a : community.contracts()) {
                assertThat(a.end()).isAfterOrEqualTo(a.start());
                assertThat(a.hours().signum()).isNotNegative();
                for (Contract b : community.contracts()) {
                    if (a != b) {
                        assertThat(a.end().isBefore(b.start()) || b.end().isBefore(a.start())).as("%s and %s overlap", a, b).isTrue();
                    }
                }
            }
        }
    }

    /** Parses, and checks that rejection comes only as the one exception, with one self-contained line per problem. */
    private static Communities readOrReject(String text) {
        try {
            return CommunitiesFile.parse(text, SOURCE);
        } catch (InvalidCommunitiesFileException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(SOURCE + ": ").doesNotContain("\n"));
            assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
            return null;
        }
    }

    @Provide
    Arbitrary<String> yamlLikeText() {
        return Arbitraries.of("communities:", "\n", "  ", "    ", "- ", "name: ", "Foo", "foo", "aliases: ", "[", "]", ", ",
                        "contracts:", "{ ", " }", "start: ", "end: ", "hours: ", "per: ", "2026-01-01", "2026-13-40",
                        "2026-01-01T10:00:00Z", "40", "-1", "1e999999999", "0.001", "month", "quarter", "fortnight", "~",
                        "'", "\"", "&a ", "*a", "!!str ", "!!timestamp ", "!!map ", "? ", ": ", "# note", "---\n", "...\n",
                        "|\n", "<<: ", "\t", "\u0000", "\uFEFF")
                .list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    /** Files close to valid: mostly good values, with a few mistakes and clashes mixed in. */
    @Provide
    Arbitrary<String> communitiesFiles() {
        Arbitrary<String> dates = mostly(Arbitraries.of("2026-01-01", "2026-03-31", "2026-06-30", "2026-12-31", "2027-01-01",
                "'2027-07-01'", "2028-02-29"), Arbitraries.of("2026-02-30", "soon", "~"));
        Arbitrary<String> hours = mostly(Arbitraries.of("40", "7.5", "0", "12.25"), Arbitraries.of("-3", "forty", "1.234", "~"));
        Arbitrary<String> pers = mostly(Arbitraries.of("", ", per: month", ", per: quarter", ", per: year"),
                Arbitraries.of(", per: week", ", every: year"));
        Arbitrary<String> contract = Combinators.combine(dates, dates, hours, pers)
                .as((start, end, h, per) -> "      - { start: " + start + ", end: " + end + ", hours: " + h + per + " }\n");
        Arbitrary<String> spelling = Arbitraries.strings().withCharRange('a', 'z').ofLength(3)
                .injectDuplicates(0.1).edgeCases(edges -> edges.add("Foo"));
        Arbitrary<String> community = Combinators.combine(spelling, spelling.list().ofMaxSize(2), contract.list().ofMaxSize(2))
                .as((name, aliases, contracts) -> "  - name: " + name + "\n"
                        + "    aliases: [" + String.join(", ", aliases) + "]\n"
                        + (contracts.isEmpty() ? "" : "    contracts:\n" + String.join("", contracts)));
        return community.list().ofMaxSize(3).map(all -> "communities:\n" + String.join("", all));
    }

    private static Arbitrary<String> mostly(Arbitrary<String> good, Arbitrary<String> bad) {
        return Arbitraries.frequencyOf(Tuple.of(12, good), Tuple.of(1, bad));
    }

    @Property(tries = 200)
    void singleValidContractIsReadBack(@ForAll("plainDates") LocalDate start, @ForAll("plainDates") LocalDate end) {
        String yaml = "communities:\n  - name: Foo\n    contracts:\n      - { start: " + start + ", end: " + end + ", hours: 4 }\n";

        Communities communities = readOrReject(yaml);

        if (end.isBefore(start)) {
            assertThat(communities).isNull();
        } else {
            assertThat(communities.all().get(0).contracts()).extracting(Contract::start, Contract::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(start, end));
        }
    }

    @Provide
    Arbitrary<LocalDate> plainDates() {
        return Arbitraries.integers().between(0, 365 * 200).map(days -> LocalDate.of(1950, 1, 1).plusDays(days));
    }

}
