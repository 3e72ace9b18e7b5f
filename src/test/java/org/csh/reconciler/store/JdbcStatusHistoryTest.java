package org.csh.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The history on a real H2 database, with the schema the application creates. */
class JdbcStatusHistoryTest {

    static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);
    static final Instant NIGHT_25 = Instant.parse("2026-11-25T02:00:00Z");

    JdbcStatusHistory history;
    JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new CshSchema(dataSource).afterPropertiesSet();
        jdbc = new JdbcTemplate(dataSource);
        history = new JdbcStatusHistory(jdbc);
    }

    @Test
    void storesEveryCommunitysFiguresOfARun() {
        history.record(run(NOV_25, contracted("Alpha", Status.EXCEEDING, "45.50"), withoutContract("Beta", "3.25")), NIGHT_25);

        List<StatusSnapshot> stored = history.lastRuns(1);

        assertThat(stored).hasSize(2);
        StatusSnapshot alpha = stored.get(0);
        assertThat(alpha).isEqualTo(new StatusSnapshot(LocalDate.of(2026, 11, 1), NOV_25, NIGHT_25, "Alpha",
                Status.EXCEEDING, hours("45.50"), Optional.of(hours("40.00")), Optional.of(hours("36.00")),
                Optional.of(hours("113.75")), Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 12, 31))));
        StatusSnapshot beta = stored.get(1);
        assertThat(beta.community()).isEqualTo("Beta");
        assertThat(beta.status()).isEqualTo(Status.NO_CONTRACT);
        assertThat(beta.contractedHours()).isEmpty();
        assertThat(beta.usedPercent()).isEmpty();
        assertThat(beta.periodStart()).isEmpty();
    }

    @Test
    void aRerunOfTheSameRangeReplacesItsRows() {
        history.record(run(NOV_25, contracted("Alpha", Status.OK, "30.00"), contracted("Beta", Status.OK, "1.00")), NIGHT_25);
        Instant rerunAt = NIGHT_25.plusSeconds(3600);

        history.record(run(NOV_25, contracted("Alpha", Status.EXCEEDING, "45.00")), rerunAt);

        assertThat(history.lastRuns(5)).extracting(StatusSnapshot::community, StatusSnapshot::status, StatusSnapshot::completedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alpha", Status.EXCEEDING, rerunAt));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM csh_status_history", Integer.class)).isEqualTo(1);
    }

    @Test
    void lastRunsAreTheLatestCompletedOldestFirst() {
        for (int day = 21; day <= 25; day++) {
            history.record(run(NOV_25.withDayOfMonth(day), contracted("Alpha", Status.OK, day + ".00")),
                    NIGHT_25.minusSeconds(86_400L * (25 - day)));
        }

        List<StatusSnapshot> lastThree = history.lastRuns(3);

        assertThat(lastThree).extracting(StatusSnapshot::to)
                .containsExactly(NOV_25.withDayOfMonth(23), NOV_25.withDayOfMonth(24), NOV_25);
        assertThat(lastThree).extracting(StatusSnapshot::usedHours)
                .containsExactly(hours("23.00"), hours("24.00"), hours("25.00"));
    }

    @Test
    void aRerunOfAnOldRangeBecomesTheLatestRun() {
        history.record(run(LocalDate.of(2026, 10, 31), contracted("Alpha", Status.OK, "10.00")), NIGHT_25.minusSeconds(86_400));
        history.record(run(NOV_25, contracted("Alpha", Status.OK, "20.00")), NIGHT_25);

        history.record(run(LocalDate.of(2026, 10, 31), contracted("Alpha", Status.UNDERUSING, "11.00")), NIGHT_25.plusSeconds(60));

        assertThat(history.lastRuns(2)).extracting(StatusSnapshot::to)
                .containsExactly(NOV_25, LocalDate.of(2026, 10, 31));
    }

    @Test
    void theLatestFiguresAreThoseOfTheRunReachingFurthestNotOfALaterRerunOfAnOldMonth() {
        history.record(run(NOV_25, contracted("Alpha", Status.OK, "20.00"), withoutContract("Beta", "1.00")), NIGHT_25);
        history.record(run(LocalDate.of(2026, 10, 31), contracted("Alpha", Status.UNDERUSING, "11.00")),
                NIGHT_25.plusSeconds(3600));

        assertThat(history.latestFigures()).extracting(StatusSnapshot::community, StatusSnapshot::to,
                StatusSnapshot::usedHours).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alpha", NOV_25, hours("20.00")),
                        org.assertj.core.groups.Tuple.tuple("Beta", NOV_25, hours("1.00")));
    }

    @Test
    void ofTwoRunsEndingTheSameDayTheLaterCompletedGivesTheLatestFigures() {
        history.record(run(NOV_25, contracted("Alpha", Status.OK, "20.00")), NIGHT_25);
        history.record(new ReconcileResult(LocalDate.of(2026, 10, 1), NOV_25,
                List.of(contracted("Alpha", Status.OK, "21.00")), List.of(), List.of()), NIGHT_25.plusSeconds(60));

        assertThat(history.latestFigures()).extracting(StatusSnapshot::usedHours).containsExactly(hours("21.00"));
    }

    @Test
    void noRunsStoredGivesNoRows() {
        assertThat(history.latestFigures()).isEmpty();
        assertThat(history.lastRuns(3)).isEmpty();
    }

    static ReconcileResult run(LocalDate to, CommunityStatus... communities) {
        return new ReconcileResult(to.withDayOfMonth(1), to, List.of(communities), List.of(), List.of());
    }

    static CommunityStatus contracted(String name, Status status, String used) {
        return new CommunityStatus(name,
                Optional.of(new ContractPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), hours("40.00"))),
                Optional.of(hours("40.00")), hours(used), hours("0.00"), Optional.of(hours("36.00")),
                Optional.of(hours(used).multiply(hours("2.5")).setScale(2)), status, hours("3.00"), "Reason.");
    }

    static CommunityStatus withoutContract(String name, String used) {
        return new CommunityStatus(name, Optional.empty(), Optional.empty(), hours(used), hours("0.00"),
                Optional.empty(), Optional.empty(), Status.NO_CONTRACT, hours(used), "No contract.");
    }

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }
}
