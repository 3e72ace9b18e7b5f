package org.csh.reconciler.contract;

import static org.csh.reconciler.contract.YamlNodes.entries;
import static org.csh.reconciler.contract.YamlNodes.isEmptySequence;
import static org.csh.reconciler.contract.YamlNodes.isNull;
import static org.csh.reconciler.contract.YamlNodes.kind;
import static org.csh.reconciler.contract.YamlNodes.oneLine;
import static org.csh.reconciler.contract.YamlNodes.shown;
import static org.csh.reconciler.contract.YamlNodes.text;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/** One pass over one communities file, collecting problems instead of stopping at the first. */
final class CommunitiesReading {

    private static final List<String> TOP_KEYS = List.of("communities");
    private static final List<String> COMMUNITY_KEYS = List.of("name", "aliases", "contracts");

    private final Problems problems;
    private final ContractsReading contracts;

    /** @param source how problems name the file, e.g. {@code communities.yml} */
    CommunitiesReading(String source) {
        this.problems = new Problems(source);
        this.contracts = new ContractsReading(problems);
    }

    /** @throws InvalidCommunitiesFileException listing every problem, when there is any */
    Communities read(String yamlText) {
        Node root = compose(yamlText == null ? "" : yamlText);
        if (problems.isEmpty()) {
            List<Community> communities = readTop(root);
            if (problems.isEmpty()) {
                return new Communities(communities);
            }
        }
        throw new InvalidCommunitiesFileException(problems.all());
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
            problems.add("not valid YAML" + at + ": " + oneLine(why)
                    + "; fix the YAML there (check indentation, colons and quotes)");
        } catch (RuntimeException e) {
            problems.add("not valid YAML: " + oneLine(e.getMessage()));
        }
        return null;
    }

    private List<Community> readTop(Node root) {
        if (root == null || isNull(root)) {
            problems.add("the file is empty; list the communities under 'communities:', see config/communities.yml");
            return List.of();
        }
        if (!(root instanceof MappingNode)) {
            problems.add("expected 'communities:' at the top of the file, found " + kind(root)
                    + "; see config/communities.yml");
            return List.of();
        }
        Map<String, Node> top = entries((MappingNode) root, null, TOP_KEYS, problems);
        Node list = top.get("communities");
        if (list == null) {
            problems.add("no 'communities:' list; add one with at least one community, see config/communities.yml");
            return List.of();
        }
        if (isNull(list) || isEmptySequence(list)) {
            problems.add("'communities' lists no communities; add at least one, each starting with '- name:'");
            return List.of();
        }
        if (!(list instanceof SequenceNode)) {
            problems.add("'communities' must be a list of communities, each starting with '- name:', found " + kind(list));
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
            problems.add(where, "expected 'name:', 'aliases:' and 'contracts:', found " + kind(node));
            return Optional.empty();
        }
        // name the community in every problem about it, including its unknown keys, when it has a usable name
        String named = nameIn((MappingNode) node);
        if (named != null) {
            where = "community " + shown(named);
        }
        Map<String, Node> fields = entries((MappingNode) node, where, COMMUNITY_KEYS, problems);
        String name = readName(where, fields.get("name"));
        List<String> aliases = readAliases(where, fields.get("aliases"));
        List<Contract> contracts = this.contracts.read(where, fields.get("contracts"));
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
            problems.add(where, "has no name; add 'name:' with the community's name");
            return null;
        }
        String name = text(node);
        if (name == null) {
            problems.add(where, "name must be text, found " + kind(node));
            return null;
        }
        if (name.isBlank()) {
            problems.add(where, "name is blank; write the community's name after 'name:'");
            return null;
        }
        return name.strip();
    }

    private List<String> readAliases(String where, Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode)) {
            problems.add(where, "aliases must be a list, e.g. 'aliases: [ExampleU, example-u]', found " + kind(node));
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        List<Node> items = ((SequenceNode) node).getValue();
        for (int i = 0; i < items.size(); i++) {
            String alias = isNull(items.get(i)) ? null : text(items.get(i));
            if (alias == null || alias.isBlank()) {
                problems.add(where, "alias " + (i + 1) + " is " + (alias == null ? kind(items.get(i)) : "blank")
                        + "; write another spelling of the community's name, or remove it");
            } else {
                aliases.add(alias.strip());
            }
        }
        return aliases;
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
                    problems.add(where, kind + shown(spelling) + " repeats " + own.get(key)
                            + " (spellings are compared ignoring case); remove it");
                } else if (owners.containsKey(key)) {
                    problems.add(where, kind + shown(spelling) + " is already used by " + owners.get(key)
                            + " (spellings are compared ignoring case); each name and alias must lead to one community");
                } else {
                    own.put(key, kind + shown(spelling));
                }
            }
            own.keySet().forEach(k -> owners.putIfAbsent(k, where));
        }
    }
}
