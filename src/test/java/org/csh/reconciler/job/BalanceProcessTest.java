package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csh.reconciler.cli.ReconcileRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --balance} as staff run it: a child JVM with no token and no API address, reading what the sample
 * organisation's completed run stored in the job database (an H2 file, or PostgreSQL with {@code -Ppostgres}).
 */
@Tag("postgres")
class BalanceProcessTest {

    static final Duration LIMIT = SampleProcesses.LIMIT;

    @RegisterExtension
    final SampleProcesses sample = new SampleProcesses("balance-");

    @Test
    void theBalanceIsTheLastRunsSummaryWithTheHoursRemaining() throws Exception {
        completeARun();

        ProcessRun balance = balance("--balance");

        assertThat(balance.exitStatus(LIMIT)).as(balance.stderr()).isZero();
        Map<String, List<String>> printed = tableRows(balance.stdout());
        Map<String, Map<String, Cell>> summary = summaryRows();
        assertThat(printed.keySet()).as("every Summary row, communities without a contract included")
                .containsExactlyInAnyOrderElementsOf(summary.keySet());
        assertThat(summary.values()).as("the sample holds an engagement no contract lists and one over contract")
                .anySatisfy(row -> assertThat(row.get("Status").getStringCellValue()).isEqualTo("NO_CONTRACT"))
                .anySatisfy(row -> assertThat(row.get("Status").getStringCellValue()).isEqualTo("EXCEEDING"));
        summary.forEach((community, row) -> {
            List<String> line = printed.get(community);
            assertThat(line.get(1)).as(community + " period").isEqualTo(period(row));
            assertThat(line.get(2)).as(community + " contracted").isEqualTo(hours(row.get("Contracted hours")));
            assertThat(line.get(3)).as(community + " used").isEqualTo(hours(row.get("Used hours")));
            assertThat(line.get(4)).as(community + " remaining").isEqualTo(remaining(row));
            assertThat(line.get(5)).as(community + " status").isEqualTo(row.get("Status").getStringCellValue());
        });
        assertThat(balance.stdout()).startsWith("Hours used to 2026-11-25, from the run completed ")
                .doesNotContain("WARNING");
    }

    @Test
    void oneCommunityIsAskedForByAliasInAnyCase() throws Exception {
        completeARun();

        ProcessRun balance = balance("--balance=exampleu");

        assertThat(balance.exitStatus(LIMIT)).as(balance.stderr()).isZero();
        assertThat(tableRows(balance.stdout())).containsOnlyKeys("Example University");
    }

    @Test
    void anUnknownCommunityExitsTwoWithTheClosestNames() throws Exception {
        completeARun();

        ProcessRun balance = balance("--balance=Exampel Univrsity");

        assertThat(balance.exitStatus(LIMIT)).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(balance.stderr()).contains("no community 'Exampel Univrsity'", "did you mean 'Example University'");
        assertThat(balance.stdout()).isEmpty();
    }

    @Test
    void figuresOlderThanTheMaximumAgeAreShownWithAWarningSayingHowOld() throws Exception {
        completeARun();
        sample.database().jdbc().update("UPDATE csh_status_history SET completed_at = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).minusHours(2));

        ProcessRun balance = balance("--balance");

        assertThat(balance.exitStatus(LIMIT)).as(balance.stderr()).isZero();
        assertThat(balance.stdout()).contains("WARNING: these figures are 3 days 2 hours old, more than"
                + " csh.balance.max-age (1 day 12 hours): the nightly run may have failed");
        assertThat(tableRows(balance.stdout())).isNotEmpty();
    }

    @Test
    void withNoCompletedRunItExitsTwoAndSaysToRunTheJobFirst() throws Exception {
        ProcessRun balance = balance("--balance");

        assertThat(balance.exitStatus(LIMIT)).isEqualTo(ReconcileRunner.BAD_INPUT);
        assertThat(balance.stderr().strip()).startsWith("csh-reconciler: no completed run yet").doesNotContain("\n");
    }

    @Test
    void whileARunHoldsTheH2FileTheBalanceSaysSoInOneLine() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(sample.database().isPostgres(), "PostgreSQL lets many processes read");
        completeARun();
        // this test process holds the file as a running job would
        try (java.sql.Connection held = sample.database().dataSource().getConnection()) {
            ProcessRun balance = balance("--balance");

            assertThat(balance.exitStatus(LIMIT)).isEqualTo(ReconcileRunner.ALREADY_RUNNING);
            assertThat(balance.stderr().strip()).startsWith("csh-reconciler: --balance: another run is in progress")
                    .doesNotContain("\n");
        }
    }

    void completeARun() throws Exception {
        ProcessRun run = sample.runNovember();
        assertThat(run.exitStatus(LIMIT)).as(run.stderr()).isZero();
    }

    /** No token, no API address: only the job database and the contracts file, for its aliases. */
    ProcessRun balance(String flag) throws Exception {
        return sample.start(List.of(flag, "--csh.zone=UTC",
                "--csh.communities-file=" + sample.workDir().resolve("demo/communities.yml")));
    }

    /** The printed table's rows by community; cells are separated by two spaces or more. */
    static Map<String, List<String>> tableRows(String stdout) {
        Map<String, List<String>> rows = new HashMap<>();
        List<String> lines = stdout.lines().filter(line -> !line.startsWith("Hours used to")
                && !line.startsWith("WARNING")).toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("Community", "Period", "Contracted", "Used",
                "Remaining", "Status");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = List.of(line.split("\\s{2,}"));
            assertThat(cells).as(line).hasSize(6);
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    Map<String, Map<String, Cell>> summaryRows() throws Exception {
        Path workbook = sample.report();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            Map<String, Map<String, Cell>> rows = ReconcileJobFunctionalTest.rowsByFirstColumn(book.getSheet("Summary"));
            rows.remove("Total");
            return rows;
        }
    }

    static String period(Map<String, Cell> row) {
        Cell start = row.get("Period start");
        if (start.getCellType() == CellType.BLANK) {
            return "no contract";
        }
        return start.getLocalDateTimeCellValue().toLocalDate() + " to "
                + row.get("Period end").getLocalDateTimeCellValue().toLocalDate();
    }

    static String hours(Cell cell) {
        return cell.getCellType() == CellType.BLANK ? "-" : decimal(cell).toPlainString();
    }

    static String remaining(Map<String, Cell> row) {
        Cell contracted = row.get("Contracted hours");
        return contracted.getCellType() == CellType.BLANK ? "-"
                : decimal(contracted).subtract(decimal(row.get("Used hours"))).toPlainString();
    }

    static BigDecimal decimal(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
