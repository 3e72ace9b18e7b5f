package org.csh.reconciler.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child JVM's {@code -Xlog:gc} file says: the most heap in use right after any collection (what the job
 * really held, garbage gone), the heap's largest size, and how many full collections it needed.
 */
record GcLog(double peakAfterGcMib, double heapMib, int collections, int fullCollections) {

    private static final Pattern PAUSE = Pattern.compile(
            "GC\\(\\d+\\) (Pause .*?)\\s(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static GcLog read(Path file) throws IOException {
        double peak = 0;
        double heap = 0;
        int collections = 0;
        int full = 0;
        if (!Files.exists(file)) {
            return new GcLog(0, 0, 0, 0);
        }
        for (String line : Files.readAllLines(file)) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                collections++;
                if (pause.group(1).startsWith("Pause Full")) {
                    full++;
                }
                peak = Math.max(peak, mib(pause.group(4), pause.group(5)));
                heap = Math.max(heap, mib(pause.group(6), pause.group(7)));
            }
        }
        return new GcLog(peak, heap, collections, full);
    }

    private static double mib(String value, String unit) {
        double number = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> number / 1024;
            case "G" -> number * 1024;
            default -> number;
        };
    }
}
