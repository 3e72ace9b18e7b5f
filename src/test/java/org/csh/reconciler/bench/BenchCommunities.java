package org.csh.reconciler.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.contract.Recurrence;
import org.csh.reconciler.store.StatusSnapshot;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ItemState;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.csh.reconciler.reconcile.Status;
import org.csh.reconciler.reconcile.WorkItem;
import org.csh.reconciler.report.ReportContext;
import org.csh.reconciler.report.WorkbookWriter;

/**
 * Writes the workbook of an organisation with many communities (issue 17 item 4) in this JVM, started with a small
 * heap, and prints how long it took: every community has a contract in the Read me, a Summary row, a Trend column
 * over {@code runs} runs, and one work item; about a third are flagged.
 *
 * <pre>java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) org.csh.reconciler.bench.BenchCommunities
 *     10000 /tmp/bench-communities 12</pre>
 */
public final class BenchCommunities {

    private static final LocalDate TO = LocalDate.of(2026, 11, 25);
    private static final LocalDate FROM = TO.withDayOfMonth(1);
    private static final ContractPeriod PERIOD = new ContractPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), BigDecimal.valueOf(40));

    private BenchCommunities() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : ReportContext.DEFAULT_TREND_RUNS;
        HeapPeak heap = HeapPeak.watch();
        AtomicLong liveAfterGc = watchLiveHeap();
        List<Community> communities = new ArrayList<>(count);
        List<CommunityStatus> statuses = new ArrayList<>(count);
        List<WorkItem> items = new ArrayList<>(count);
        List<StatusSnapshot> history = new ArrayList<>(count * (runs - 1));
        for (int c = 0; c < count; c++) {
            String name = SyntheticOrganisation.communityName(c);
            communities.add(new Community(name, List.of(), List.of(new Contract(PERIOD.start(), PERIOD.end(),
                    PERIOD.hours(), Recurrence.TERM))));
            Status status = status(c);
            BigDecimal used = used(c, status);
            statuses.add(new CommunityStatus(name, Optional.of(PERIOD), Optional.of(PERIOD.hours()), used,
                    BigDecimal.ZERO, Optional.of(new BigDecimal("36.25")), Optional.of(used.multiply(
                            BigDecimal.valueOf(100)).divide(PERIOD.hours())), status, BigDecimal.ONE,
                    "used " + used + " h of 40.0 h; 36.3 h expected by " + TO));
            String url = "https://github.com/bench-org/support-" + (c % 10) + "/issues/" + c;
            items.add(new WorkItem(url, Optional.of(name), Source.BOTH, "Help with task " + c, url,
                    ItemState.COMPLETED, Optional.of(TO), Optional.of(BigDecimal.ONE), Optional.empty()));
            for (int run = 1; run < runs; run++) {
                LocalDate to = TO.minusMonths(run);
                history.add(new StatusSnapshot(to.withDayOfMonth(1), to, to.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        name, status, used, Optional.of(PERIOD.hours()), Optional.empty(),
                        Optional.of(BigDecimal.valueOf(50 + run)), Optional.of(PERIOD.start()),
                        Optional.of(PERIOD.end())));
            }
        }
        ReconcileResult result = new ReconcileResult(FROM, TO, statuses, items, List.of());
        ReportContext context = new ReportContext(Instant.now(), ZoneOffset.UTC, List.of(), Optional.empty(),
                communities, history, runs);
        long started = System.nanoTime();
        // CPU time as well as wall time: on a machine shared with other builds the wall time says more about them
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Path written = new WorkbookWriter().write(result, context, dir);
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BENCH communities=" + count);
        System.out.println("BENCH trend_runs=" + runs);
        System.out.println("BENCH workbook_ms=" + millis);
        System.out.println("BENCH workbook_cpu_ms=" + cpuMillis);
        System.out.println("BENCH load_average=" + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("BENCH workbook_bytes=" + Files.size(written));
        System.out.println("BENCH peak_heap_mib=" + heap.peakMib());
        System.out.println("BENCH peak_heap_after_gc_mib=" + liveAfterGc.get() / (1024 * 1024));
        System.out.println("BENCH max_heap_mib=" + HeapPeak.maxMib());
    }

    /** The largest heap still in use after a collection: what the run really holds, garbage excluded. */
    private static AtomicLong watchLiveHeap() {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                    long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == MemoryType.HEAP)
                            .mapToLong(pool -> after.containsKey(pool.getName()) ? after.get(pool.getName()).getUsed() : 0)
                            .sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return peak;
    }

    private static Status status(int c) {
        if (c % 10 == 0) {
            return Status.EXCEEDING;
        }
        if (c % 7 == 0) {
            return Status.UNDERUSING;
        }
        return c % 13 == 0 ? Status.NO_CONTRACT : Status.OK;
    }

    private static BigDecimal used(int c, Status status) {
        return switch (status) {
            case EXCEEDING -> BigDecimal.valueOf(41 + c % 9);
            case UNDERUSING -> BigDecimal.valueOf(c % 5);
            default -> BigDecimal.valueOf(20 + c % 17);
        };
    }
}
