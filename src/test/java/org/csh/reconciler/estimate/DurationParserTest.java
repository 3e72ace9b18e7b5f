package org.csh.reconciler.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationParserTest {

    private final DurationParser parser = new DurationParser();

    private long minutesOf(String text) {
        return parser.parse(text).map(StatedDuration::totalMinutes).orElseThrow(
                () -> new AssertionError("no duration found in: " + text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} min")
    @CsvSource(delimiter = '|', textBlock = """
            Call with ExampleU, 30 min            | 30
            30mins of debugging                   | 30
            Workshop took 90 minutes              | 90
            1.5h                                  | 90
            1,5 h spent on the migration          | 90
            2 hours                               | 120
            2 hrs                                 | 120
            2 hr                                  | 120
            1h30                                  | 90
            1h05 call                             | 65
            1h 30m                                | 90
            1 hour 30 minutes                     | 90
            2 hours and 15 minutes                | 135
            half an hour                          | 30
            a half-hour call                      | 30
            an hour                               | 60
            one hour                              | 60
            quarter of an hour                    | 15
            a quarter hour check-in               | 15
            three quarters of an hour             | 45
            an hour and a half                    | 90
            one and a half hours                  | 90
            2 and a half hours                    | 150
            1-2h                                  | 90
            1 - 2 hours                           | 90
            1 to 2 hours                          | 90
            1h-2h                                 | 90
            30-45 min                             | 38
            2x 30min                              | 60
            2 x 30 min                            | 60
            3× 1h                                 | 180
            30 min x 3                            | 90
            two 1-hour calls                      | 120
            3 30-minute sessions                  | 90
            three hours                           | 180
            ten minutes                           | 10
            forty-five minutes                    | 45
            a 90-minute workshop                  | 90
            45m                                   | 45
            0.25 h                                | 15
            2 H                                   | 120
            1:30 h                                | 90
            0:45 hours                            | 45
            .5h                                   | 30
            spent .75 hours on it                 | 45
            a couple of hours                     | 120
            took a couple hours                   | 120
            an hour or two                        | 90
            """)
    void readsEveryWrittenForm(String text, long minutes) {
        assertThat(minutesOf(text)).isEqualTo(minutes);
    }

    @Test
    void readsTheBracketedTagInATitle() {
        assertThat(parser.parse("Onboarding call [30min]", "Walked them through the dashboard"))
                .hasValueSatisfying(d -> assertThat(d.minutes()).isEqualTo(30));
    }

    @Test
    void titleWinsOverTextThatRetellsIt() {
        assertThat(parser.parse("Onboarding call [1h]", "Had a 1 hour call, then 30 min of notes"))
                .hasValueSatisfying(d -> assertThat(d.minutes()).isEqualTo(60));
    }

    @Test
    void textIsReadWhenTheTitleStatesNothing() {
        assertThat(parser.parse("Onboarding call", "took 45 min"))
                .hasValueSatisfying(d -> assertThat(d.minutes()).isEqualTo(45));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} staff")
    @CsvSource(delimiter = '|', textBlock = """
            1h call x 2 staff                          | 2
            1h call x2 staff                           | 2
            1h call, 2 staff                           | 2
            1h call with 3 people                      | 3
            1h call, two of us                         | 2
            1h call, both of us                        | 2
            1h call, all three of us                   | 3
            1h call; @alice and @bob attended          | 2
            1h call; @alice, @bob and @alice joined    | 2
            1h call; @alice, @bob, @carol took part    | 3
            1h call with 2 engineers                   | 2
            1h call. Attendees: @alice, @bob           | 2
            1h call                                    | 1
            Trained 5 people, 2h                       | 1
            2h; 3 people from ExampleU joined          | 1
            1h call, mailed @alice and @bob            | 1
            1h call. @alice and @bob attended. Thanks @carol for the notes. | 2
            1h call. Attendees: @alice.smith, @bob     | 2
            1h webinar for 40 people                   | 1
            """)
    void readsHowManyStaffTookPart(String text, int staff) {
        assertThat(parser.parse(text)).hasValueSatisfying(d -> assertThat(d.staff()).isEqualTo(staff));
    }

    @Test
    void multipliesTheDurationByTheStaff() {
        assertThat(minutesOf("1h call x 2 staff")).isEqualTo(120);
    }

    @Test
    void staffNamedInTheTextCountForADurationInTheTitle() {
        assertThat(parser.parse("Call [1h]", "@alice and @bob attended"))
                .hasValueSatisfying(d -> assertThat(d.totalMinutes()).isEqualTo(120));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} min")
    @CsvSource(delimiter = '|', textBlock = """
            30 min prep + 1h call + 15 min follow-up       | 105
            30 min prep and 30 min follow-up               | 60
            Spent 2 hours debugging. Then a 30 min call.   | 150
            1h 90 min                                      | 150
            Jan 10 - 2 hours                               | 120
            """)
    void sumsSeparatePiecesOfWork(String text, long minutes) {
        assertThat(minutesOf(text)).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} min")
    @CsvSource(delimiter = '|', textBlock = """
            1h call (60 minutes)                            | 60
            30 min prep + 1h call (60 minutes)              | 90
            30 min prep + 1h call = 90 min                  | 90
            30 min prep + 1h call = 1.5 h total             | 90
            Total: 2h (30 min prep + 90 min call)           | 120
            2h (30 min prep + 90 min call)                  | 120
            1 hour, i.e. 60 minutes                         | 60
            1h call, @alice and @bob attended, 1 hour each  | 120
            """)
    void doesNotCountARestatementTwice(String text, long minutes) {
        assertThat(minutesOf(text)).isEqualTo(minutes);
    }

    @Test
    void quotesTheDurationWithTheActivityItNames() {
        assertThat(parser.parse("30 min prep + 1h call + 15 min follow-up"))
                .hasValueSatisfying(d -> assertThat(d.matchedText()).isEqualTo("30 min prep + 1h call + 15 min follow-up"));
    }

    @ParameterizedTest(name = "\"{0}\" states no duration")
    @ValueSource(strings = {
            "24/7 support for the portal",
            "Meeting on 2026-01-15",
            "Call at 10:30",
            "Call at 10:30, 2 hrs later",
            "Upgrade to v1.5h",
            "a couple of people",
            "Call at 10h",
            "Call at 15h30",
            "Meeting 15h30 with the board",
            "Meeting from 14h to 16h",
            "Upgrade to v1.5 h2 database",
            "Upgraded H2 to 2.4",
            "Server crashed 5 hours ago",
            "Backups run every 2 hours",
            "Respond within 24 hours",
            "2 h per week of office hours",
            "1 hour a day",
            "$30m budget",
            "Resolution 1920x1080",
            "0 min",
            "100 hours",
            "-30 min",
            "see https://example.org/30min",
            "Two people asked about the API",
            "",
            "   ",
    })
    void ignoresWhatOnlyLooksLikeADuration(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    /** Issue text states what a system does: those durations are not anybody's effort (issue 14). */
    @ParameterizedTest
    @ValueSource(strings = {
            "Allow a 30 min timeout on the CVS lock",
            "The connection will be retried in 5 minutes",
            "Set the polling interval to 1h",
            "a 45 minute delay before the slave re-registers",
            "sessions expire after 2 hours",
            "--docker_remove_delay=\"6hrs\" --disk_watch_interval=\"1mins\"",
            "gc_delay=1h",
            "{noformat}allowing 10mins for slaves to re-register{noformat}",
            "{code:java}Thread.sleep(30 min);{code}",
            "Run `sleep 2h` on the node",
            "I0507 03:27:38.929044  5783 master.cpp:779] Recovered 0 slaves; allowing 10mins for slaves to re-register",
            "2012-02-14 10:07:16,931 ERROR the build took 15 minutes",
            "The index is 10M and the log 5.2M",
    })
    void ignoresDurationsOfMachinesCodeAndLogs(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void readsTheEffortBesideCodeAndLogs() {
        String text = "Paired on the fix for 2 hours, two of us. {noformat}timeout after 30 min{noformat}";

        assertThat(minutesOf(text)).isEqualTo(240);
    }

    @Test
    void toleratesMissingTitleAndText() {
        assertThat(parser.parse(null, null)).isEmpty();
    }

    @Test
    void readsALongTextQuickly() {
        String notes = "1" + " ".repeat(50_000) + "x" + " 30 min call".repeat(2_000);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parser.parse("Title", notes));
    }

    @Test
    void readsNonBreakingSpaces() {
        assertThat(minutesOf("30\u00a0min")).isEqualTo(30);
    }
}
