package org.csh.reconciler.contract;

import static org.csh.reconciler.contract.YamlNodes.entries;
import static org.csh.reconciler.contract.YamlNodes.isNull;
import static org.csh.reconciler.contract.YamlNodes.kind;
import static org.csh.reconciler.contract.YamlNodes.shown;
import static org.csh.reconciler.contract.YamlNodes.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one community's {@code contracts:} list into contracts, reporting bad fields and overlapping dates. */
final class ContractsReading {

    private static final List<String> CONTRACT_KEYS = List.of("start", "end", "hours", "per");
    private static final Map<String, Recurrence> RECURRENCES = Map.of(
            "month", Recurrence.MONTH, "quarter", Recurrence.QUARTER, "year", Recurrence.YEAR);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** More hours than this in one contract is surely a typo, and it keeps the arithmetic small. */
    private static final int MAX_WHOLE_DIGITS_OF_HOURS = 6;

    private final Problems problems;

    ContractsReading(Problems problems) {
        this.problems = problems;
    }

    /** The usable contracts in {@code node}, the list under {@code where}; empty when there is none. */
    List<Contract> read(String where, Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode)) {
            problems.add(where, "contracts must be a list, each like '- { start: 2026-01-01, end: 2026-12-31, hours: 40 }', found "
                    + kind(node));
            return List.of();
        }
        List<Node> items = ((SequenceNode) node).getValue();
        Map<Integer, Contract> numbered = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            readContract(where + ", contract " + number, items.get(i)).ifPresent(c -> numbered.put(number, c));
        }
        checkNoOverlap(where, numbered);
        return List.copyOf(numbered.values());
    }

    private Optional<Contract> readContract(String where, Node node) {
        if (!(node instanceof MappingNode)) {
            problems.add(where, "expected 'start:', 'end:' and 'hours:', found " + kind(node));
            return Optional.empty();
        }
        Map<String, Node> fields = entries((MappingNode) node, where, CONTRACT_KEYS, problems);
        LocalDate start = readDate(where, "start", fields.get("start"));
        LocalDate end = readDate(where, "end", fields.get("end"));
        BigDecimal hours = readHours(where, fields.get("hours"));
        Optional<Recurrence> per = readPer(where, fields.get("per"));
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(where, "end " + end + " is before start " + start + "; correct the dates");
            return Optional.empty();
        }
        if (start == null || end == null || hours == null || per.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contract(start, end, hours, per.get()));
    }

    private LocalDate readDate(String where, String key, Node node) {
        if (node == null || isNull(node)) {
            problems.add(where, "has no " + key + " date; add '" + key + ": YYYY-MM-DD'");
            return null;
        }
        String text = text(node);
        if (text == null) {
            problems.add(where, key + " must be a date like 2026-01-01, found " + kind(node));
            return null;
        }
        String trimmed = text.strip();
        if (ISO_DATE.matcher(trimmed).matches()) {
            try {
                return LocalDate.parse(trimmed);
            } catch (DateTimeParseException e) {
                // falls through: the shape is right but the day does not exist, e.g. 2026-02-30
            }
        }
        problems.add(where, key + " " + shown(text) + " is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01");
        return null;
    }

    private BigDecimal readHours(String where, Node node) {
        if (node == null || isNull(node)) {
            problems.add(where, "has no hours; add 'hours:' with the contracted hours, e.g. 'hours: 40'");
            return null;
        }
        String text = text(node);
        BigDecimal hours;
        try {
            hours = text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            hours = null;
        }
        if (hours == null) {
            problems.add(where, "hours " + (text == null ? kind(node) : shown(text))
                    + " is not a number; write the contracted hours as a number, e.g. 'hours: 40'");
            return null;
        }
        if (hours.signum() < 0) {
            problems.add(where, "hours " + text.strip() + " is negative; write the contracted hours as 0 or more");
            return null;
        }
        if (hours.precision() - hours.scale() > MAX_WHOLE_DIGITS_OF_HOURS) {
            problems.add(where, "hours " + shown(text) + " is too large; write the contracted hours, e.g. 'hours: 40'");
            return null;
        }
        BigDecimal exact = hours.stripTrailingZeros();
        if (exact.scale() > 2) {
            problems.add(where, "hours " + shown(text) + " has more than 2 decimals; round it to hundredths of an hour");
            return null;
        }
        return exact.setScale(2);
    }

    private Optional<Recurrence> readPer(String where, Node node) {
        if (node == null || isNull(node)) {
            return Optional.of(Recurrence.TERM);
        }
        String text = text(node);
        Recurrence per = text == null ? null : RECURRENCES.get(text.strip().toLowerCase(Locale.ROOT));
        if (per == null) {
            problems.add(where, "per " + (text == null ? kind(node) : shown(text))
                    + " is not known; use month, quarter or year, or leave 'per' out for one allowance for the whole term");
            return Optional.empty();
        }
        return Optional.of(per);
    }

    private void checkNoOverlap(String where, Map<Integer, Contract> numbered) {
        List<Map.Entry<Integer, Contract>> contracts = new ArrayList<>(numbered.entrySet());
        for (int i = 0; i < contracts.size(); i++) {
            for (int j = i + 1; j < contracts.size(); j++) {
                Contract a = contracts.get(i).getValue();
                Contract b = contracts.get(j).getValue();
                if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
                    problems.add(where, "contract " + contracts.get(i).getKey() + " (" + a.start() + " to " + a.end()
                            + ") overlaps contract " + contracts.get(j).getKey() + " (" + b.start() + " to " + b.end()
                            + "); a day can belong to one contract only, so end one before the other starts");
                }
            }
        }
    }
}
