package org.csh.reconciler.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.notify.Runs.community;
import static org.csh.reconciler.notify.Runs.run;
import static org.csh.reconciler.notify.Runs.runEnding;
import static org.csh.reconciler.notify.Runs.sent;
import static org.csh.reconciler.notify.Runs.sentUpTo;
import static org.csh.reconciler.notify.Runs.withoutContract;

import java.time.LocalDate;
import java.util.List;

import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;

class BdNewsTest {

    @Test
    void firstEmailReportsEveryFlagAsNew() {
        BdNews news = BdNews.since(List.of(), run(
                community("Alpha", Status.EXCEEDING, "45.00"), community("Beta", Status.OK, "20.00")));

        assertThat(news.lines()).extracting(CommunityNews::community, CommunityNews::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha", Change.NEW_FLAG));
        assertThat(news.lines().get(0).changeText()).isEqualTo("new flag");
        assertThat(news.hasNews()).isTrue();
        assertThat(news.worthSending(false)).isTrue();
    }

    @Test
    void sameStatusesAsTheLastEmailAreNoNewsEvenWithMoreHours() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING), sent("Beta", Status.OK)),
                run(community("Alpha", Status.EXCEEDING, "48.00"), community("Beta", Status.OK, "22.00")));

        assertThat(news.lines()).extracting(CommunityNews::change).containsExactly(Change.UNCHANGED);
        assertThat(news.hasNews()).isFalse();
        assertThat(news.worthSending(false)).isFalse();
    }

    @Test
    void alwaysSendsEvenWithoutNews() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING)), run(community("Alpha", Status.EXCEEDING, "48.00")));

        assertThat(news.worthSending(true)).isTrue();
    }

    @Test
    void aFlagTurningIntoAnotherIsAChangedFlag() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.UNDERUSING)), run(community("Alpha", Status.EXCEEDING, "45.00")));

        CommunityNews alpha = news.lines().get(0);
        assertThat(alpha.change()).isEqualTo(Change.CHANGED_FLAG);
        assertThat(alpha.changeText()).isEqualTo("changed from UNDERUSING");
        assertThat(news.hasNews()).isTrue();
    }

    @Test
    void aFlagBackToOkIsClearedAndListedAfterTheFlags() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.EXCEEDING), sent("Beta", Status.OK)),
                run(community("Alpha", Status.OK, "38.00"), community("Beta", Status.UNDERUSING, "2.00")));

        assertThat(news.lines()).extracting(CommunityNews::community).containsExactly("Beta", "Alpha");
        assertThat(news.cleared()).extracting(CommunityNews::community).containsExactly("Alpha");
        assertThat(news.cleared().get(0).changeText()).isEqualTo("cleared (was EXCEEDING)");
        assertThat(news.flagged()).extracting(CommunityNews::community).containsExactly("Beta");
        assertThat(news.flagged().get(0).changeText()).isEqualTo("new flag (was OK)");
    }

    @Test
    void aCommunityOkThenAndNowIsNotMentioned() {
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.OK)), run(community("Alpha", Status.OK, "20.00")));

        assertThat(news.lines()).isEmpty();
        assertThat(news.hasNews()).isFalse();
    }

    @Test
    void flagsAreOrderedExceedingThenUnderusingThenWithoutContract() {
        BdNews news = BdNews.since(List.of(), run(withoutContract("Aardvark", "3.00"),
                community("Zebra", Status.EXCEEDING, "45.00"), community("Moose", Status.UNDERUSING, "1.00")));

        assertThat(news.lines()).extracting(CommunityNews::community).containsExactly("Zebra", "Moose", "Aardvark");
        assertThat(news.count(Status.EXCEEDING)).isEqualTo(1);
        assertThat(news.count(Status.NO_CONTRACT)).isEqualTo(1);
    }

    @Test
    void aRunOfAnEarlierRangeThanTheLastEmailIsNotNewsNorTheNextBaseline() {
        LocalDate october = LocalDate.of(2026, 10, 31);
        BdNews news = BdNews.since(List.of(sent("Alpha", Status.OK)), runEnding(october, community("Alpha", Status.UNDERUSING, "1.00")));

        assertThat(news.behindLastEmail()).isTrue();
        assertThat(news.lines()).extracting(CommunityNews::change).containsExactly(Change.NOT_COMPARED);
        assertThat(news.worthSending(false)).isFalse();
        assertThat(news.worthSending(true)).isTrue();
        assertThat(news.becomesBaseline()).isFalse();
    }

    @Test
    void aRunOfALaterRangeIsComparedWithTheLastEmail() {
        BdNews news = BdNews.since(List.of(sentUpTo(LocalDate.of(2026, 10, 31), "Alpha", Status.OK)),
                run(community("Alpha", Status.UNDERUSING, "1.00")));

        assertThat(news.lines()).extracting(CommunityNews::change).containsExactly(Change.NEW_FLAG);
        assertThat(news.becomesBaseline()).isTrue();
    }
}
