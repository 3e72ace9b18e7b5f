package org.csh.reconciler.contract;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads {@code communities.yml}: the communities under contract, their aliases and contracts.
 * The whole file is checked and every problem is reported at once, so an operator fixes it in one pass.
 */
public final class CommunitiesFile {

    private static final List<String> TOP_KEYS = List.of("communities");
    private static final List<String> COMMUNITY_KEYS = List.of("name", "aliases", "contracts");
    private static final List<String> CONTRACT_KEYS = List.of("start", "end", "hours", "per");
    private static final Map<String, Recurrence> RECURRENCES = Map.of(
            "month", Recurrence.MONTH, "quarter", Recurrence.QUARTER, "year", Recurrence.YEAR);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** More hours than this in one contract is surely a typo, and it keeps the arithmetic small. */
    private static final int MAX_WHOLE_DIGITS_OF_HOURS = 6;
    private static final int SHOWN_TEXT_LENGTH = 40;

    private CommunitiesFile() {
    }

    /** Reads the file at {@code path}; the path names it in every problem. */
    public static Communities load(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCommunitiesFileException(List.of(path + ": cannot read the file ("
                    + e.getClass().getSimpleName() + "); check that csh.communities-file names a readable UTF-8 file"), e);
        }
        return parse(text, path.toString());
    }

    /**
     * The communities described by {@code yamlText}.
     *
     * @param sourceName how problems name the file, e.g. {@code communities.yml}
     * @throws InvalidCommunitiesFileException listing every problem, when there is any
     */
    public static Communities parse(String yamlText, String sourceName) {
        return new Reading(sourceName == null || sourceName.isBlank() ? "communities file" : sourceName).read(yamlText);
    }

    /** One pass over one file, collecting problems instead of stopping at the first. */
    private static final class Reading {

        private final String source;
        private final List<String> problems = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        Communities read(String yamlText) {
            Node root = compose(yamlText == null ? "" : yamlText);
            if (problems.isEmpty()) {
                List<Community> communities = readTop(root);
                if (problems.isEmpty()) {
                    return new Communities(communities);
                }
            }
            throw new InvalidCommunitiesFileException(problems);
        }

        /**
         * Composes the YAML into nodes without building any Java objects: every scalar stays the text the
         * operator wrote, so {@code 2026-01-01} never becomes a time-zone-dependent {@code java.util.Date}
         * and nothing but plain mappings, lists and text is ever instantiated.
         */
        private Node compose(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with the community's name
            Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options);
            try {
                return yaml.compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String at = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
                String why = e.getProblem() != null ? e.getProblem() : e.getContext();
                problems.add(source + ": not valid YAML" + at + ": " + oneLine(why)
                        + "; fix the YAML there (check indentation, colons and quotes)");
            } catch (RuntimeException e) {
                problems.add(source + ": not valid YAML: " + oneLine(e.getMessage()));
            }
            return null;
        }

        private List<Community> readTop(Node root) {
            if (root == null || isNull(root)) {
                problem("the file is empty; list the communities under 'communities:', see config/communities.yml");
                return List.of();
            }
            if (!(root instanceof MappingNode)) {
                problem("expected 'communities:' at the top of the file, found " + kind(root)
                        + "; see config/communities.yml");
                return List.of();
            }
            Map<String, Node> top = entries((MappingNode) root, null, TOP_KEYS);
            Node list = top.get("communities");
            if (list == null) {
                problem("no 'communities:' list; add one with at least one community, see config/communities.yml");
                return List.of();
            }
            if (isNull(list) || isEmptySequence(list)) {
                problem("'communities' lists no communities; add at least one, each starting with '- name:'");
                return List.of();
            }
            if (!(list instanceof SequenceNode)) {
                problem("'communities' must be a list of communities, each starting with '- name:', found " + kind(list));
                return List.of();
            }
            List<Community> communities = new ArrayList<>();
            List<Node> items = ((SequenceNode) list).getValue();
            for (int i = 0; i < items.size(); i++) {
                readCommunity(i + 1, items.get(i)).ifPresent(communities::add);
            }
            checkSpellingsAreUnique(communities);
            return communities;
        }

        private Optional<Community> readCommunity(int number, Node node) {
            String where = "community " + number;
            if (!(node instanceof MappingNode)) {
                problem(where, "expected 'name:', 'aliases:' and 'contracts:', found " + kind(node));
                return Optional.empty();
            }
            // name the community in every problem about it, including its unknown keys, when it has a usable name
            String named = nameIn((MappingNode) node);
            if (named != null) {
                where = "community " + shown(named);
            }
            Map<String, Node> fields = entries((MappingNode) node, where, COMMUNITY_KEYS);
            String name = readName(where, fields.get("name"));
            List<String> aliases = readAliases(where, fields.get("aliases"));
            List<Contract> contracts = readContracts(where, fields.get("contracts"));
            return name == null ? Optional.empty() : Optional.of(new Community(name, aliases, contracts));
        }

        private static String nameIn(MappingNode community) {
            for (NodeTuple tuple : community.getValue()) {
                if ("name".equals(text(tuple.getKeyNode()))) {
                    String name = isNull(tuple.getValueNode()) ? null : text(tuple.getValueNode());
                    return name == null || name.isBlank() ? null : name.strip();
                }
            }
            return null;
        }

        private String readName(String where, Node node) {
            if (node == null || isNull(node)) {
                problem(where, "has no name; add 'name:' with the community's name");
                return null;
            }
            String name = text(node);
            if (name == null) {
                problem(where, "name must be text, found " + kind(node));
                return null;
            }
            if (name.isBlank()) {
                problem(where, "name is blank; write the community's name after 'name:'");
                return null;
            }
            return name.strip();
        }

        private List<String> readAliases(String where, Node node) {
            if (node == null || isNull(node)) {
                return List.of();
            }
            if (!(node instanceof SequenceNode)) {
                problem(where, "aliases must be a list, e.g. 'aliases: [ExampleU, example-u]', found " + kind(node));
                return List.of();
            }
            List<String> aliases = new ArrayList<>();
            List<Node> items = ((SequenceNode) node).getValue();
            for (int i = 0; i < items.size(); i++) {
                String alias = isNull(items.get(i)) ? null : text(items.get(i));
                if (alias == null || alias.isBlank()) {
                    problem(where, "alias " + (i + 1) + " is " + (alias == null ? kind(items.get(i)) : "blank")
                            + "; write another spelling of the community's name, or remove it");
                } else {
                    aliases.add(alias.strip());
                }
            }
            return aliases;
        }

        private List<Contract> readContracts(String where, Node node) {
            if (node == null || isNull(node)) {
                return List.of();
            }
            if (!(node instanceof SequenceNode)) {
                problem(where, "contracts must be a list, each like '- { start: 2026-01-01, end: 2026-12-31, hours: 40 }', found "
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
                problem(where, "expected 'start:', 'end:' and 'hours:', found " + kind(node));
                return Optional.empty();
            }
            Map<String, Node> fields = entries((MappingNode) node, where, CONTRACT_KEYS);
            LocalDate start = readDate(where, "start", fields.get("start"));
            LocalDate end = readDate(where, "end", fields.get("end"));
            BigDecimal hours = readHours(where, fields.get("hours"));
            Optional<Recurrence> per = readPer(where, fields.get("per"));
            if (start != null && end != null && end.isBefore(start)) {
                problem(where, "end " + end + " is before start " + start + "; correct the dates");
                return Optional.empty();
            }
            if (start == null || end == null || hours == null || per.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Contract(start, end, hours, per.get()));
        }

        private LocalDate readDate(String where, String key, Node node) {
            if (node == null || isNull(node)) {
                problem(where, "has no " + key + " date; add '" + key + ": YYYY-MM-DD'");
                return null;
            }
            String text = text(node);
            if (text == null) {
                problem(where, key + " must be a date like 2026-01-01, found " + kind(node));
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
            problem(where, key + " " + shown(text) + " is not a date; write it as YYYY-MM-DD, e.g. 2026-01-01");
            return null;
        }

        private BigDecimal readHours(String where, Node node) {
            if (node == null || isNull(node)) {
                problem(where, "has no hours; add 'hours:' with the contracted hours, e.g. 'hours: 40'");
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
                problem(where, "hours " + (text == null ? kind(node) : shown(text))
                        + " is not a number; write the contracted hours as a number, e.g. 'hours: 40'");
                return null;
            }
            if (hours.signum() < 0) {
                problem(where, "hours " + text.strip() + " is negative; write the contracted hours as 0 or more");
                return null;
            }
            if (hours.precision() - hours.scale() > MAX_WHOLE_DIGITS_OF_HOURS) {
                problem(where, "hours " + shown(text) + " is too large; write the contracted hours, e.g. 'hours: 40'");
                return null;
            }
            BigDecimal exact = hours.stripTrailingZeros();
            if (exact.scale() > 2) {
                problem(where, "hours " + shown(text) + " has more than 2 decimals; round it to hundredths of an hour");
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
                problem(where, "per " + (text == null ? kind(node) : shown(text))
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
                        problem(where, "contract " + contracts.get(i).getKey() + " (" + a.start() + " to " + a.end()
                                + ") overlaps contract " + contracts.get(j).getKey() + " (" + b.start() + " to " + b.end()
                                + "); a day can belong to one contract only, so end one before the other starts");
                    }
                }
            }
        }

        private void checkSpellingsAreUnique(List<Community> communities) {
            Map<String, String> owners = new HashMap<>();
            for (Community community : communities) {
                String where = "community " + shown(community.name());
                Map<String, String> own = new HashMap<>();
                for (String spelling : community.spellings()) {
                    String key = spelling.toLowerCase(Locale.ROOT);
                    String kind = own.isEmpty() ? "name " : "alias ";
                    if (own.containsKey(key)) {
                        problem(where, kind + shown(spelling) + " repeats " + own.get(key)
                                + " (spellings are compared ignoring case); remove it");
                    } else if (owners.containsKey(key)) {
                        problem(where, kind + shown(spelling) + " is already used by " + owners.get(key)
                                + " (spellings are compared ignoring case); each name and alias must lead to one community");
                    } else {
                        own.put(key, kind + shown(spelling));
                    }
                }
                own.keySet().forEach(k -> owners.putIfAbsent(k, where));
            }
        }

        /** The mapping's entries by key, reporting keys that are unknown, repeated or not text. */
        private Map<String, Node> entries(MappingNode mapping, String where, List<String> allowed) {
            Map<String, Node> entries = new LinkedHashMap<>();
            String allowedKeys = String.join(", ", allowed);
            String unknownKey = where == null ? "unknown top-level key " : "unknown key ";
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode ? ((ScalarNode) keyNode).getValue() : null;
                if (key == null) {
                    problem(where, unknownKey + kind(keyNode) + "; allowed keys are " + allowedKeys);
                } else if (!allowed.contains(key)) {
                    problem(where, unknownKey + shown(key) + "; allowed keys are " + allowedKeys);
                } else if (entries.containsKey(key)) {
                    problem(where, "key '" + key + "' appears twice; keep one");
                } else {
                    entries.put(key, tuple.getValueNode());
                }
            }
            return entries;
        }

        private void problem(String what) {
            problems.add(source + ": " + what);
        }

        private void problem(String where, String what) {
            problems.add(source + ": " + (where == null ? "" : where + ": ") + what);
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static boolean isEmptySequence(Node node) {
        return node instanceof SequenceNode && ((SequenceNode) node).getValue().isEmpty();
    }

    /** The scalar's text as written, or null for a list or mapping. */
    private static String text(Node node) {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
    }

    /** What an operator would call this node, for "found ..." in a problem. */
    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping (key: value pairs)";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node == null || isNull(node)) {
            return "nothing";
        }
        return "the text " + shown(((ScalarNode) node).getValue());
    }

    /** The value quoted on one short line, so arbitrary text cannot break the one-problem-per-line layout. */
    private static String shown(String value) {
        String line = oneLine(value).strip();
        if (line.length() > SHOWN_TEXT_LENGTH) {
            line = line.substring(0, SHOWN_TEXT_LENGTH) + "…";
        }
        return "'" + line + "'";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ");
    }
}
