package org.csh.reconciler.estimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation set {@code src/test/resources/estimate/evaluation-set.csv}: timed CSH work items of a research-hosting
 * provider. The held-out part, fixed before any tuning, is the latest 30 % by completion date.
 */
final class EvaluationSet {

    /** The share of the items, oldest first, that estimators may learn from and be tuned on. */
    static final double TUNING_FRACTION = 0.7;

    private EvaluationSet() {
    }

    /** One row: the timed item, and whether its text states its duration. */
    record Row(TimedItem item, String kind, boolean stated) {
    }

    static List<Row> rows() {
        try (InputStream in = EvaluationSet.class.getResourceAsStream("/estimate/evaluation-set.csv")) {
            if (in == null) {
                throw new IllegalStateException("estimate/evaluation-set.csv is not on the test class path");
            }
            List<List<String>> records = csv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            for (List<String> r : records.subList(1, records.size())) {
                long minutes = Math.round(Double.parseDouble(r.get(4)) * 60);
                rows.add(new Row(new TimedItem(r.get(0), r.get(2), r.get(3), minutes, Instant.parse(r.get(1))),
                        r.get(5), r.get(6).equals("yes")));
            }
            rows.sort(Comparator.comparing((Row row) -> row.item().completedAt()).thenComparing(row -> row.item().url()));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TimedItem> items() {
        return rows().stream().map(Row::item).toList();
    }

    /** The oldest 70 %: what tuning may look at. */
    static List<TimedItem> tuningPart() {
        List<TimedItem> all = items();
        return all.subList(0, firstHeldOut(all.size()));
    }

    /** The latest 30 %, predicted from everything before each item; never looked at while tuning. */
    static List<Row> heldOut() {
        List<Row> all = rows();
        return all.subList(firstHeldOut(all.size()), all.size());
    }

    /** The same split {@link BackTest} makes with an initial training fraction of 0.7. */
    static int firstHeldOut(int size) {
        return Math.max(1, (int) Math.ceil(size * TUNING_FRACTION));
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
