package org.csh.reconciler.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.reconcile.ItemState;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Source;
import org.csh.reconciler.reconcile.WorkItem;
import org.csh.reconciler.report.WorkbookWriter;

/** Writes a workbook of many work items in this JVM (started with a small heap) and prints how long it took. */
public final class BenchWorkbook {

    private BenchWorkbook() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        HeapPeak heap = HeapPeak.watch();
        List<WorkItem> items = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String url = "https://github.com/bench-org/support-" + (n % 10) + "/issues/" + n;
            items.add(new WorkItem(url, Optional.of(SyntheticOrganisation.communityName(n % 200)), Source.BOTH,
                    "Help with task " + n, url, n % 4 == 0 ? ItemState.OPEN : ItemState.COMPLETED,
                    Optional.of(LocalDate.of(2026, 11, 1 + n % 25)), Optional.of(BigDecimal.valueOf(n % 40, 1)),
                    Optional.empty()));
        }
        ReconcileResult result = new ReconcileResult(SyntheticOrganisation.FROM, SyntheticOrganisation.TO, List.of(),
                items, List.of());
        long started = System.nanoTime();
        Path written = new WorkbookWriter().write(result, dir);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BENCH workbook_ms=" + millis);
        System.out.println("BENCH workbook_rows=" + count);
        System.out.println("BENCH workbook_bytes=" + Files.size(written));
        System.out.println("BENCH peak_heap_mib=" + heap.peakMib());
        System.out.println("BENCH max_heap_mib=" + HeapPeak.maxMib());
    }
}
