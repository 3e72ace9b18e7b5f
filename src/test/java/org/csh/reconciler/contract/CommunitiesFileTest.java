package org.csh.reconciler.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunitiesFileTest {

    private static final String SOURCE = "communities.yml";

    @Test
    void validFileGivesCommunitiesWithAliasesAndBothContractKinds() {
        String yaml = """
                communities:
                  - name: Example University
                    aliases: [ExampleU, example-u]
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40 }
                      - { start: 2027-01-01, end: 2027-12-31, hours: 10, per: quarter }
                  - name: Other Lab
                """;

        Communities communities = CommunitiesFile.parse(yaml, SOURCE);

        assertThat(communities.all()).extracting(Community::name).containsExactly("Example University", "Other Lab");
        Community example = communities.all().get(0);
        assertThat(example.aliases()).containsExactly("ExampleU", "example-u");
        assertThat(example.contracts()).containsExactly(
                new Contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("40.00"), Recurrence.TERM),
                new Contract(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("10.00"), Recurrence.QUARTER));
        assertThat(communities.all().get(1).contracts()).isEmpty();
        assertThat(communities.bySpelling("EXAMPLEU")).contains(example);
    }

    @Test
    void quotedDatesAndDateScalarsGiveTheSameDayWhateverTheTimeZone() {
        String yaml = """
                communities:
                  - name: A
                    contracts:
                      - { start: '2026-01-01', end: 2026-12-31, hours: 7.5 }
                """;

        Contract contract = CommunitiesFile.parse(yaml, SOURCE).all().get(0).contracts().get(0);

        assertThat(contract.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(contract.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(contract.hours()).isEqualByComparingTo("7.5");
    }

    @Test
    void recurrenceAcceptsMonthQuarterAndYear() {
        String yaml = """
                communities:
                  - name: A
                    contracts:
                      - { start: 2024-01-01, end: 2024-12-31, hours: 1, per: month }
                      - { start: 2025-01-01, end: 2025-12-31, hours: 1, per: quarter }
                      - { start: 2026-01-01, end: 2027-12-31, hours: 1, per: year }
                """;

        List<Contract> contracts = CommunitiesFile.parse(yaml, SOURCE).all().get(0).contracts();

        assertThat(contracts).extracting(Contract::per).containsExactly(Recurrence.MONTH, Recurrence.QUARTER, Recurrence.YEAR);
    }

    @Test
    void textThatIsNotYamlIsReported() {
        assertThat(problemsOf("communities:\n  - name: [unclosed\n"))
                .singleElement().asString().startsWith("communities.yml: not valid YAML at line ");
    }

    @Test
    void emptyFileIsReported() {
        assertThat(problemsOf("  \n# only a comment\n"))
                .containsExactly("communities.yml: the file is empty; list the communities under 'communities:', see config/communities.yml");
    }

    @Test
    void fileWithoutCommunitiesIsReported() {
        assertThat(problemsOf("communities: []\n"))
                .containsExactly("communities.yml: 'communities' lists no communities; add at least one, each starting with '- name:'");
    }

    @Test
    void topLevelListInsteadOfMappingIsReported() {
        assertThat(problemsOf("- name: A\n"))
                .singleElement().asString().contains("expected 'communities:' at the top of the file, found a list");
    }

    @Test
    void communitiesThatIsNotAListIsReported() {
        assertThat(problemsOf("communities: Example University\n"))
                .singleElement().asString()
                .contains("'communities' must be a list of communities").contains("'Example University'");
    }

    @Test
    void unknownTopLevelKeyIsReportedWithTheAllowedKeys() {
        String yaml = """
                communities:
                  - name: A
                community: B
                """;

        assertThat(problemsOf(yaml))
                .containsExactly("communities.yml: unknown top-level key 'community'; allowed keys are communities");
    }

    @Test
    void unknownCommunityKeyIsReportedWithTheAllowedKeys() {
        String yaml = """
                communities:
                  - name: Foo
                    alias: [F]
                """;

        assertThat(problemsOf(yaml))
                .containsExactly("communities.yml: community 'Foo': unknown key 'alias'; allowed keys are name, aliases, contracts");
    }

    @Test
    void unknownContractKeyIsReportedWithTheAllowedKeys() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40, every: month }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 1: unknown key 'every'; allowed keys are start, end, hours, per");
    }

    @Test
    void repeatedKeyIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40, hours: 20 }
                """;

        assertThat(problemsOf(yaml))
                .containsExactly("communities.yml: community 'Foo', contract 1: key 'hours' appears twice; keep one");
    }

    @Test
    void missingNameIsReportedByPosition() {
        String yaml = """
                communities:
                  - name: A
                  - aliases: [B]
                """;

        assertThat(problemsOf(yaml))
                .containsExactly("communities.yml: community 2: has no name; add 'name:' with the community's name");
    }

    @Test
    void missingStartAndEndAreReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { hours: 40 }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 1: has no start date; add 'start: YYYY-MM-DD'",
                "communities.yml: community 'Foo', contract 1: has no end date; add 'end: YYYY-MM-DD'");
    }

    @Test
    void badDateTextIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-02-30, end: 31/12/2026, hours: 40 }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 1: start '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01",
                "communities.yml: community 'Foo', contract 1: end '31/12/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01");
    }

    @Test
    void endBeforeStartIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40 }
                      - { start: 2026-06-01, end: 2026-01-01, hours: 40 }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 2: end 2026-01-01 is before start 2026-06-01; correct the dates");
    }

    @Test
    void missingHoursIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31 }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 1: has no hours; add 'hours:' with the contracted hours, e.g. 'hours: 40'");
    }

    @Test
    void nonNumericHoursIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: forty }
                """;

        assertThat(problemsOf(yaml)).containsExactly("communities.yml: community 'Foo', contract 1: hours 'forty' is not a number;"
                + " write the contracted hours as a number, e.g. 'hours: 40'");
    }

    @Test
    void negativeHoursIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: -5 }
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo', contract 1: hours -5 is negative; write the contracted hours as 0 or more");
    }

    @Test
    void unknownRecurrenceIsReportedWithTheAllowedOnes() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 4, per: week }
                """;

        assertThat(problemsOf(yaml)).containsExactly("communities.yml: community 'Foo', contract 1: per 'week' is not known;"
                + " use month, quarter or year, or leave 'per' out for one allowance for the whole term");
    }

    @Test
    void overlappingContractsOfOneCommunityAreReported() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40 }
                      - { start: 2026-12-31, end: 2027-12-31, hours: 40 }
                """;

        assertThat(problemsOf(yaml)).containsExactly("communities.yml: community 'Foo': contract 1 (2026-01-01 to 2026-12-31)"
                + " overlaps contract 2 (2026-12-31 to 2027-12-31); a day can belong to one contract only,"
                + " so end one before the other starts");
    }

    @Test
    void adjoiningContractsAreAccepted() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-01-01, end: 2026-12-31, hours: 40 }
                      - { start: 2027-01-01, end: 2027-12-31, hours: 40 }
                """;

        assertThat(CommunitiesFile.parse(yaml, SOURCE).all().get(0).contracts()).hasSize(2);
    }

    @Test
    void aliasUsedByAnotherCommunityIsReported() {
        String yaml = """
                communities:
                  - name: Example University
                    aliases: [ExampleU]
                  - name: Example Union
                    aliases: [exampleu]
                """;

        assertThat(problemsOf(yaml)).containsExactly("communities.yml: community 'Example Union': alias 'exampleu' is already used"
                + " by community 'Example University' (spellings are compared ignoring case);"
                + " each name and alias must lead to one community");
    }

    @Test
    void nameUsedTwiceIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                  - name: FOO
                """;

        assertThat(problemsOf(yaml)).singleElement().asString()
                .startsWith("communities.yml: community 'FOO': name 'FOO' is already used by community 'Foo'");
    }

    @Test
    void aliasRepeatingItsOwnCommunitysNameIsReported() {
        String yaml = """
                communities:
                  - name: Foo
                    aliases: [foo, Bar, BAR]
                """;

        assertThat(problemsOf(yaml)).containsExactly(
                "communities.yml: community 'Foo': alias 'foo' repeats name 'Foo' (spellings are compared ignoring case); remove it",
                "communities.yml: community 'Foo': alias 'BAR' repeats alias 'Bar' (spellings are compared ignoring case); remove it");
    }

    @Test
    void everyProblemInTheFileIsReportedTogetherOnePerLine() {
        String yaml = """
                communities:
                  - name: Foo
                    contracts:
                      - { start: 2026-06-01, end: 2026-01-01, hours: 40 }
                      - { start: 2027-01-01, end: 2027-12-31, hours: lots, per: fortnight }
                  - aliases: [Foo]
                    colour: blue
                """;

        InvalidCommunitiesFileException thrown = catchThrowableOfType(InvalidCommunitiesFileException.class,
                () -> CommunitiesFile.parse(yaml, SOURCE));

        assertThat(thrown.problems()).hasSize(5);
        assertThat(thrown.getMessage().split("\n")).containsExactlyElementsOf(thrown.problems());
        assertThat(thrown.getMessage())
                .contains("community 'Foo', contract 1: end 2026-01-01 is before start 2026-06-01")
                .contains("community 'Foo', contract 2: hours 'lots' is not a number")
                .contains("community 'Foo', contract 2: per 'fortnight' is not known")
                .contains("community 2: unknown key 'colour'")
                .contains("community 2: has no name");
    }

    @Test
    void yamlTagsForJavaTypesAreNeverInstantiated() {
        String yaml = """
                communities:
                  - name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1/"]]]]
                """;

        assertThat(problemsOf(yaml)).singleElement().asString()
                .startsWith("communities.yml: not valid YAML at line 2").contains("Global tag is not allowed");
    }

    @Test
    void shippedExampleFileIsValid() {
        Communities communities = CommunitiesFile.load(Path.of("config", "communities.yml"));

        assertThat(communities.all()).hasSize(3);
        assertThat(communities.all()).allSatisfy(c -> assertThat(c.aliases()).isNotEmpty());
        assertThat(communities.all()).flatExtracting(Community::contracts).extracting(Contract::per)
                .contains(Recurrence.TERM, Recurrence.QUARTER);
    }

    @Test
    void loadNamesTheFileInEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-communities.yml");
        Files.writeString(file, "communities: []\n");

        assertThatThrownBy(() -> CommunitiesFile.load(file))
                .isInstanceOf(InvalidCommunitiesFileException.class)
                .hasMessageStartingWith(file + ": 'communities' lists no communities");
    }

    @Test
    void missingFileIsReportedAsAProblem(@TempDir Path dir) {
        Path file = dir.resolve("absent.yml");

        assertThatThrownBy(() -> CommunitiesFile.load(file))
                .isInstanceOf(InvalidCommunitiesFileException.class)
                .hasMessage(file + ": cannot read the file (NoSuchFileException);"
                        + " check that csh.communities-file names a readable UTF-8 file");
    }

    private static List<String> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidCommunitiesFileException.class, () -> CommunitiesFile.parse(yaml, SOURCE))
                .problems();
    }
}
