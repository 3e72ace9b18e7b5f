package org.csh.reconciler.estimate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long estimating 1,000 untimed items against a history of 10,000 timed ones takes (issue 4's target: under 2 s),
 * training included. Not a unit test: a timed test fails on a busy machine. Run after {@code mvn -B -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes org.csh.reconciler.estimate.EstimatorBenchmark}.
 *
 * <p>The texts are drawn, with a fixed seed, from the evaluation set's items with words swapped in and out, so that
 * the vocabulary and text lengths are those of real CSH work, not a few repeated strings.
 */
public final class EstimatorBenchmark {

    private static final List<TimedItem> SOURCE = EvaluationSet.items();
    private static final List<String> VOCABULARY = vocabulary();

    private EstimatorBenchmark() {
    }

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        EstimatorFactory factory = new LearnedEstimatorFactory();
        // each round draws new items, so no round reuses what an earlier one read; the first rounds warm the JIT
        for (int round = 1; round <= 5; round++) {
            Random random = new Random(round);
            List<TimedItem> history = history(random);
            List<String[]> untimed = untimed(random);
            long wall = System.nanoTime();
            long began = cpu.getCurrentThreadCpuTime();
            Estimator estimator = factory.train(history);
            long trained = cpu.getCurrentThreadCpuTime();
            long total = 0;
            for (String[] item : untimed) {
                total += estimator.estimate(item[0], item[1]).minutes();
            }
            long done = cpu.getCurrentThreadCpuTime();
            wall = System.nanoTime() - wall;
            System.out.println(String.format(Locale.ROOT, "round %d: CPU time: trained on %d in %d ms, estimated %d"
                            + " in %d ms, total %d ms; wall clock %d ms (sum of estimates %d min)", round,
                    history.size(), (trained - began) / 1_000_000, untimed.size(), (done - trained) / 1_000_000,
                    (done - began) / 1_000_000, wall / 1_000_000, total));
        }
    }

    private static List<String> vocabulary() {
        List<String> vocabulary = new ArrayList<>();
        SOURCE.forEach(i -> vocabulary.addAll(List.of((i.title() + " " + i.text()).split("\\s+"))));
        for (int i = 0; i < 2_000; i++) {
            vocabulary.add("word" + i);
        }
        return vocabulary;
    }

    private static List<TimedItem> history(Random random) {
        List<TimedItem> history = new ArrayList<>();
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        for (int i = 0; i < 10_000; i++) {
            TimedItem s = SOURCE.get(random.nextInt(SOURCE.size()));
            history.add(new TimedItem("https://github.com/org/repo/issues/" + i, vary(s.title(), random),
                    vary(s.text(), random), s.minutes(), start.plus(i, ChronoUnit.HOURS)));
        }
        return history;
    }

    private static List<String[]> untimed(Random random) {
        List<String[]> untimed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            TimedItem s = SOURCE.get(random.nextInt(SOURCE.size()));
            untimed.add(new String[] {vary(s.title(), random), vary(s.text(), random)});
        }
        return untimed;
    }

    private static String vary(String text, Random random) {
        String[] words = text.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(random.nextInt(5) == 0 ? VOCABULARY.get(random.nextInt(VOCABULARY.size())) : word).append(' ');
        }
        return out.toString().strip();
    }
}
