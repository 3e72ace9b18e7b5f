package org.csh.reconciler.estimate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 14's benchmark: on every CSV of public issue text with effort ({@code ../shared/estimation/}, or the directory
 * given as the first argument), learns from the train and val rows and estimates the test rows, as the job would;
 * prints per project the mean absolute error, the same split's median baseline, their ratio, how many estimates came
 * from stated durations, what the self-calibration chose and the CPU time; first, the time to train on 3,000 items
 * of all projects together and estimate the rest; last, for each project with its efforts shuffled among its rows,
 * how often a learner was chosen all the same. Not a test. Run after {@code mvn -B -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes org.csh.reconciler.estimate.RealTextBenchmark}.
 */
public final class RealTextBenchmark {

    /** As the issue measured: one story point is an hour, and no cap in effect. */
    private static final EstimatorFactory FACTORY = new LearnedEstimatorFactory(60, 60_000);
    private static final int POOLED_TRAINING = 3_000;
    private static final int SHUFFLES = 20;

    private RealTextBenchmark() {
    }

    public static void main(String[] args) {
        Path directory = args.length > 0 ? Path.of(args[0]) : RealTextProjects.DEFAULT_DIRECTORY;
        List<RealTextProjects.Project> projects = RealTextProjects.files(directory).stream()
                .map(RealTextProjects::read).toList();
        pooled(projects); // first, in a cold JVM with no text read yet: the figure a run of the job would see
        System.out.println("| project | learned from | estimated | MAE | median baseline, same split | ratio"
                + " | from stated durations | CPU time | chosen by the back-test on the learned rows |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        List<Double> ratios = new ArrayList<>();
        for (RealTextProjects.Project project : projects) {
            ratios.add(measure(project));
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.println(String.format(Locale.ROOT, "median ratio over %d projects: %.3f; ratios %s", sorted.length,
                median, Arrays.toString(ratios.stream().map(r -> String.format(Locale.ROOT, "%.3f", r)).toArray())));
        projects.forEach(RealTextBenchmark::shuffled);
    }

    /**
     * The guarantee when the text says nothing: the same project with its efforts shuffled among its rows (text and
     * order kept, so any signal is gone) {@value #SHUFFLES} times; how often a learner was chosen all the same, and
     * the mean ratio to the median over those runs.
     */
    private static void shuffled(RealTextProjects.Project project) {
        int chosen = 0;
        double ratios = 0;
        for (int s = 0; s < SHUFFLES; s++) {
            List<TimedItem> all = new ArrayList<>(project.learnFrom());
            all.addAll(project.estimate());
            List<Long> minutes = new ArrayList<>(all.stream().map(TimedItem::minutes).toList());
            Collections.shuffle(minutes, new Random(s));
            List<TimedItem> items = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                TimedItem item = all.get(i);
                items.add(new TimedItem(item.url(), item.title(), item.text(), minutes.get(i), item.completedAt()));
            }
            List<TimedItem> learnFrom = items.subList(0, project.learnFrom().size());
            List<TimedItem> estimate = items.subList(project.learnFrom().size(), items.size());
            Estimator estimator = FACTORY.train(learnFrom);
            chosen += estimator.backTest().map(r -> r.chosen().orElse("").endsWith(": chosen by back-test")).orElse(false) ? 1 : 0;
            long median = MedianEstimator.median(learnFrom.stream().mapToLong(TimedItem::minutes).toArray());
            long error = 0;
            long baseline = 0;
            for (TimedItem item : estimate) {
                error += Math.abs(estimator.estimate(item.title(), item.text()).minutes() - item.minutes());
                baseline += Math.abs(median - item.minutes());
            }
            ratios += (double) error / baseline;
        }
        System.out.println(String.format(Locale.ROOT, "%s with efforts shuffled, %d times: a learner chosen %d times,"
                + " mean ratio %.3f", project.name(), SHUFFLES, chosen, ratios / SHUFFLES));
    }

    private static double measure(RealTextProjects.Project project) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long began = cpu.getCurrentThreadCpuTime();
        Estimator estimator = FACTORY.train(project.learnFrom());
        long error = 0;
        int stated = 0;
        for (TimedItem item : project.estimate()) {
            Estimate estimate = estimator.estimate(item.title(), item.text());
            error += Math.abs(estimate.minutes() - item.minutes());
            stated += estimate.basis().startsWith("explicit:") ? 1 : 0;
        }
        long took = cpu.getCurrentThreadCpuTime() - began;
        long median = MedianEstimator.median(project.learnFrom().stream().mapToLong(TimedItem::minutes).toArray());
        long baselineError = project.estimate().stream().mapToLong(i -> Math.abs(median - i.minutes())).sum();
        int n = project.estimate().size();
        double ratio = (double) error / baselineError;
        System.out.println(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %d | %d ms | %s |",
                project.name(), project.learnFrom().size(), n, error / 60.0 / n, baselineError / 60.0 / n, ratio,
                stated, took / 1_000_000, estimator.backTest().flatMap(BackTestResult::chosen).orElse("?")));
        estimator.backTest().flatMap(BackTestResult::candidates)
                .ifPresent(candidates -> System.out.println("  back-test on the learned rows: " + candidates));
        return ratio;
    }

    /** Issue 14's speed target: training plus estimating 3,000 items in under 2 s on one core. */
    private static void pooled(List<RealTextProjects.Project> projects) {
        List<TimedItem> all = new ArrayList<>();
        projects.forEach(p -> {
            all.addAll(p.learnFrom());
            all.addAll(p.estimate());
        });
        if (all.size() <= POOLED_TRAINING) {
            return;
        }
        List<TimedItem> history = all.subList(0, POOLED_TRAINING);
        List<TimedItem> untimed = all.subList(POOLED_TRAINING, all.size());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long began = cpu.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Estimator estimator = FACTORY.train(history);
            long trained = cpu.getCurrentThreadCpuTime();
            untimed.forEach(i -> estimator.estimate(i.title(), i.text()));
            long done = cpu.getCurrentThreadCpuTime();
            System.out.println(String.format(Locale.ROOT, "round %d: trained (self-calibration included) on %d items"
                            + " in %d ms CPU, estimated %d in %d ms CPU; total %d ms CPU, %d ms wall clock", round,
                    history.size(), (trained - began) / 1_000_000, untimed.size(), (done - trained) / 1_000_000,
                    (done - began) / 1_000_000, (System.nanoTime() - wall) / 1_000_000));
        }
    }
}
