package org.csh.reconciler.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.CurrentCshTask;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.junit.jupiter.api.Test;

/** Which current CSH tasks the write-back changes, and what it says about the others. */
class WriteBackPlanTest {

    private static final String FIELD = "Hours Used";
    private static final LocalDate TO = LocalDate.parse("2026-11-25");

    private final List<CommunityStatus> communities = new ArrayList<>();
    private final List<CurrentCshTask> tasks = new ArrayList<>();

    @Test
    void aTaskShowingOtherHoursGetsTheUsedHoursUnderItsFieldsGid() {
        community("Mars University", "6.00", "0.25");
        task("2003", "Mars University", number("4.5"));

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).extracting(u -> u.task().gid(), FieldUpdate::fieldGid, FieldUpdate::hours)
                .containsExactly(tuple("2003", "7001", new BigDecimal("6.25")));
        assertThat(plan.unchanged()).isZero();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void anEmptyFieldIsWritten() {
        community("Mars University", "0.00", "0.00");
        task("2003", "Mars University", number(null));

        assertThat(plan().updates()).extracting(FieldUpdate::hours).containsExactly(new BigDecimal("0.00"));
    }

    @Test
    void aFieldAlreadyShowingTheHoursIsLeftAloneWhateverItsScale() {
        community("Mars University", "6.00", "0.25");
        task("2003", "Mars University", number("6.25"));
        community("Coastal Lab", "12.00", "0.00");
        task("2004", "Coastal Lab", number("12"));

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(2);
    }

    @Test
    void hoursAreComparedToTwoDecimalsAsTheyAreWritten() {
        community("Mars University", "6.25", "0.00");
        task("2003", "Mars University", number("6.249"));
        task("2005", "Mars University", number("6.2"));

        WriteBackPlan plan = plan();

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.updates()).extracting(u -> u.task().gid()).containsExactly("2005");
    }

    @Test
    void aTaskWithoutTheFieldIsAProblemNamingTheTaskAndTheFieldNotAWrite() {
        community("Mars University", "6.00", "0.25");
        task("2003", "Mars University", Optional.empty());

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.problems()).singleElement().asString().contains("'Community Success Hours – 2003'",
                "Mars University", "https://app.asana.com/0/1/2003", "no custom field 'Hours Used'");
    }

    @Test
    void aFieldOfThatNameHoldingTextIsAProblemNotAWrite() {
        community("Mars University", "6.00", "0.25");
        task("2003", "Mars University", Optional.of(new CustomFieldValue("7001", "text", "about 6")));

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.problems()).singleElement().asString().contains("'Hours Used' is a text field, not a number field");
    }

    @Test
    void aCommunityWithNoContractOnToHasNoPeriodToDateFigureAndIsLeftAsItIs() {
        communities.add(status("Glacier Consortium", Optional.empty(), "2.00", "0.00"));
        task("2005", "Glacier Consortium", number(null));

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.withoutContract()).isEqualTo(1);
    }

    @Test
    void noCurrentTaskNothingToDo() {
        community("Mars University", "6.00", "0.25");

        WriteBackPlan plan = plan();

        assertThat(plan.updates()).isEmpty();
        assertThat(plan.unchanged()).isZero();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void onlyARangeReachingTodayWritesBack() {
        LocalDate today = LocalDate.parse("2026-11-25");

        assertThat(WriteBackPlan.reachesToday(today, today)).isTrue();
        assertThat(WriteBackPlan.reachesToday(today.plusDays(1), today)).as("a zone ahead of the machine's").isTrue();
        assertThat(WriteBackPlan.reachesToday(LocalDate.parse("2026-10-31"), today)).as("a look back").isFalse();
    }

    private WriteBackPlan plan() {
        return WriteBackPlan.of(new ReconcileResult(TO.withDayOfMonth(1), TO, communities, List.of(), List.of(),
                Optional.empty(), null, tasks), FIELD);
    }

    private void community(String name, String logged, String estimated) {
        communities.add(status(name, Optional.of(new ContractPeriod(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-31"), new BigDecimal("10"))), logged, estimated));
    }

    private static CommunityStatus status(String name, Optional<ContractPeriod> period, String logged,
            String estimated) {
        return new CommunityStatus(name, period, period.map(ContractPeriod::hours), new BigDecimal(logged),
                new BigDecimal(estimated), Optional.empty(), Optional.empty(), Status.OK, BigDecimal.ZERO, "");
    }

    private void task(String gid, String community, Optional<CustomFieldValue> field) {
        tasks.add(new CurrentCshTask(gid, "Community Success Hours – " + gid, "https://app.asana.com/0/1/" + gid,
                community, field));
    }

    private static Optional<CustomFieldValue> number(String value) {
        return Optional.of(new CustomFieldValue("7001", CustomFieldValue.NUMBER, value));
    }
}
