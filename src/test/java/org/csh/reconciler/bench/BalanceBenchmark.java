package org.csh.reconciler.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.csh.reconciler.CshReconcilerApplication;
import org.csh.reconciler.balance.Balance;
import org.csh.reconciler.balance.BalanceTable;
import org.csh.reconciler.balance.Balances;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;
import org.csh.reconciler.store.CshSchema;
import org.csh.reconciler.store.JdbcStatusHistory;
import org.csh.reconciler.store.StatusSnapshot;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast {@code --balance} answers (issue 13): a job database holding {@code runs} nightly runs of
 * {@code communities} communities, then the balance's own work (query, rules, table) timed in this JVM, and
 * whole processes timed against {@code --version}, which starts the JVM and nothing else.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests test -Dbench.main=org.csh.reconciler.bench.BalanceBenchmark
 * -Dbench.args=communities=10000,runs=30}.
 */
public final class BalanceBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int communities = Integer.parseInt(options.getOrDefault("communities", "10000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "30"));
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "5"));
        Path dir = Files.createDirectories(Path.of("target", "bench", "balance-" + System.currentTimeMillis()))
                .toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("csh-reconciler") + ";DB_CLOSE_ON_EXIT=FALSE";
        seed(url, communities, runs);
        System.out.printf("job database: %d communities x %d runs = %d history rows%n", communities, runs,
                (long) communities * runs);

        List<Long> work = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            work.add(balanceWork(url));
        }
        System.out.printf("balance work in one JVM (query + rules + table), ms: %s; median %d%n", work,
                median(work));

        List<Long> version = new ArrayList<>();
        List<Long> balance = new ArrayList<>();
        List<Long> one = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            version.add(process(dir, List.of("--version")));
            balance.add(process(dir, List.of("--balance", "--spring.datasource.url=" + url)));
            one.add(process(dir, List.of("--balance=Community 00042", "--spring.datasource.url=" + url)));
        }
        System.out.printf("process wall time, ms: --version %s (median %d); --balance %s (median %d);"
                + " --balance=<one> %s (median %d)%n", version, median(version), balance, median(balance), one,
                median(one));
        System.out.printf("after the JVM starts: --balance %d ms, --balance=<one> %d ms (median less --version)%n",
                median(balance) - median(version), median(one) - median(version));
    }

    private static void seed(String url, int communities, int runs) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        new CshSchema(dataSource).afterPropertiesSet();
        JdbcStatusHistory history = new JdbcStatusHistory(new JdbcTemplate(dataSource));
        LocalDate last = LocalDate.of(2026, 12, 1);
        for (int run = runs - 1; run >= 0; run--) {
            LocalDate to = last.minusDays(run);
            List<CommunityStatus> statuses = new ArrayList<>();
            for (int c = 0; c < communities; c++) {
                BigDecimal used = BigDecimal.valueOf((c * 7L + run) % 500, 1);
                statuses.add(new CommunityStatus(String.format("Community %05d", c),
                        Optional.of(new ContractPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                                new BigDecimal("40"))),
                        Optional.of(new BigDecimal("40.00")), used, BigDecimal.ZERO.setScale(2), Optional.empty(),
                        Optional.empty(), used.compareTo(new BigDecimal("40")) > 0 ? Status.EXCEEDING : Status.OK,
                        used, "bench"));
            }
            history.record(new ReconcileResult(to.withDayOfMonth(1), to, statuses, List.of(), List.of()),
                    Instant.parse(to + "T02:00:00Z").plus(Duration.ofDays(1)));
        }
    }

    /** The balance's own work, as BalanceCommand does it once its context is up. */
    private static long balanceWork(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        long start = System.nanoTime();
        List<StatusSnapshot> latest = new JdbcStatusHistory(new JdbcTemplate(dataSource)).latestFigures();
        Balance balance = new Balances(new Communities(List.of()), Duration.ofHours(36))
                .of(latest, Optional.empty(), Instant.now());
        String table = BalanceTable.render(balance, java.time.ZoneOffset.UTC);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        new PrintStream(sink, true, StandardCharsets.UTF_8).print(table);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long process(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CshReconcilerApplication.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("CSH_") || key.startsWith("SPRING_"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(args + " failed: " + Files.readString(dir.resolve("out.log")));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).flatMap(a -> Arrays.stream(a.split(","))).filter(a -> a.contains("="))
                .forEach(a -> options.put(a.substring(0, a.indexOf('=')).strip(), a.substring(a.indexOf('=') + 1)));
        return options;
    }
}
