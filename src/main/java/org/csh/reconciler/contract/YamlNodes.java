package org.csh.reconciler.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions asked of composed YAML nodes, and how to show them to an operator in a problem. */
final class YamlNodes {

    private static final int SHOWN_TEXT_LENGTH = 40;

    private YamlNodes() {
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static boolean isEmptySequence(Node node) {
        return node instanceof SequenceNode && ((SequenceNode) node).getValue().isEmpty();
    }

    /** The scalar's text as written, or null for a list or mapping. */
    static String text(Node node) {
        return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
    }

    /** What an operator would call this node, for "found ..." in a problem. */
    static String kind(Node node) {
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
    static String shown(String value) {
        String line = oneLine(value).strip();
        if (line.length() > SHOWN_TEXT_LENGTH) {
            line = line.substring(0, SHOWN_TEXT_LENGTH) + "…";
        }
        return "'" + line + "'";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ");
    }

    /** The mapping's entries by key, reporting keys that are unknown, repeated or not text. */
    static Map<String, Node> entries(MappingNode mapping, String where, List<String> allowed, Problems problems) {
        Map<String, Node> entries = new LinkedHashMap<>();
        String allowedKeys = String.join(", ", allowed);
        String unknownKey = where == null ? "unknown top-level key " : "unknown key ";
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode ? ((ScalarNode) keyNode).getValue() : null;
            if (key == null) {
                problems.add(where, unknownKey + kind(keyNode) + "; allowed keys are " + allowedKeys);
            } else if (!allowed.contains(key)) {
                problems.add(where, unknownKey + shown(key) + "; allowed keys are " + allowedKeys);
            } else if (entries.containsKey(key)) {
                problems.add(where, "key '" + key + "' appears twice; keep one");
            } else {
                entries.put(key, tuple.getValueNode());
            }
        }
        return entries;
    }
}
