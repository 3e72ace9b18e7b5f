package org.csh.reconciler.bench;

import java.time.Duration;

import org.csh.reconciler.CshReconcilerApplication;
import org.csh.reconciler.job.ReconcileRunner;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the real job once in this JVM (the benchmark starts it with a small heap) and prints what it measured as
 * {@code BENCH key=value} lines for the benchmark to read.
 */
public final class BenchJob {

    private BenchJob() {
    }

    public static void main(String[] args) {
        HeapPeak heap = HeapPeak.watch();
        long started = System.nanoTime();
        int exit;
        try (ConfigurableApplicationContext context = SpringApplication.run(CshReconcilerApplication.class, args)) {
            long ready = System.nanoTime();
            ReconcileRunner runner = context.getBean(ReconcileRunner.class);
            exit = runner.getExitCode();
            JobExecution execution = runner.execution();
            System.out.println("BENCH exit=" + exit);
            System.out.println("BENCH process_ms=" + Duration.ofNanos(ready - started).toMillis());
            if (execution != null) {
                System.out.println("BENCH job_ms=" + millis(execution.getStartTime(), execution.getEndTime()));
                for (StepExecution step : execution.getStepExecutions()) {
                    System.out.println("BENCH step." + step.getStepName() + "_ms="
                            + millis(step.getStartTime(), step.getEndTime()));
                    System.out.println("BENCH step." + step.getStepName() + "_read=" + step.getReadCount());
                    System.out.println("BENCH step." + step.getStepName() + "_write=" + step.getWriteCount());
                }
            }
            System.out.println("BENCH peak_heap_mib=" + heap.peakMib());
            System.out.println("BENCH max_heap_mib=" + HeapPeak.maxMib());
        }
        System.exit(exit);
    }

    private static long millis(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        return start == null || end == null ? -1 : Duration.between(start, end).toMillis();
    }
}
