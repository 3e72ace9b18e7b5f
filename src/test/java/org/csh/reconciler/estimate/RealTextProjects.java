package org.csh.reconciler.estimate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public issue text with effort in {@code ../shared/estimation/} (its README.md): one CSV a project, with columns
 * {@code issuekey,title,description,storypoint,split_mark}, rows in time order. One story point is read as one hour.
 */
final class RealTextProjects {

    /** Where the worktree's sibling {@code shared} directory keeps the projects. */
    static final Path DEFAULT_DIRECTORY = Path.of("../shared/estimation");
    private static final Instant FIRST = Instant.parse("2010-01-01T00:00:00Z");

    private RealTextProjects() {
    }

    /** One project: the items to learn from (train and val rows) and those to estimate (test rows), in time order. */
    record Project(String name, List<TimedItem> learnFrom, List<TimedItem> estimate) {
    }

    static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    static Project read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        List<List<String>> records;
        try {
            records = EvaluationSet.csv(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> header = records.get(0);
        int key = header.indexOf("issuekey");
        int title = header.indexOf("title");
        int description = header.indexOf("description");
        int points = header.indexOf("storypoint");
        int split = header.indexOf("split_mark");
        List<TimedItem> learnFrom = new ArrayList<>();
        List<TimedItem> estimate = new ArrayList<>();
        for (int row = 1; row < records.size(); row++) {
            List<String> r = records.get(row);
            if (r.size() < header.size()) {
                continue; // a trailing blank line
            }
            String text = r.get(description).equals("NULL") ? "" : r.get(description);
            long minutes = Math.round(Double.parseDouble(r.get(points)) * 60);
            // rows are in time order: one hour apart keeps that order for the back-test
            TimedItem item = new TimedItem(r.get(key), r.get(title), text, minutes, FIRST.plusSeconds(3600L * row));
            (r.get(split).equals("test") ? estimate : learnFrom).add(item);
        }
        return new Project(name, learnFrom, estimate);
    }
}
