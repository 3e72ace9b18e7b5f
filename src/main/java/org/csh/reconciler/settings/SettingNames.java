package org.csh.reconciler.settings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spring joins a property given twice on the command line with a comma: {@code --csh.asana.api-url=a
 * --csh.asana.api-url=b} would read as {@code a,b}. Only list settings may be repeated; any other is refused.
 */
public final class SettingNames {

    /** The {@code csh.*} settings that hold lists, read from {@link CshProperties}, so a new one is known at once. */
    public static final Set<String> LISTS = lists("csh", CshProperties.class);

    private SettingNames() {
    }

    /** One problem per {@code --name=value} override given more than once whose setting holds one value. */
    public static List<String> repeated(String... args) {
        Map<String, Integer> counts = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.indexOf('=') > 2) {
                counts.merge(arg.substring(2, arg.indexOf('=')), 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        new TreeSet<>(counts.keySet()).stream()
                .filter(name -> counts.get(name) > 1 && name.contains(".") && !LISTS.contains(name))
                .forEach(name -> problems.add("--" + name + " is given " + counts.get(name) + " times, but holds one"
                        + " value (Spring would join them with a comma): give it once"));
        return problems;
    }

    private static Set<String> lists(String prefix, Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Class<?> value = component.getType();
            if (List.class.isAssignableFrom(value) || Set.class.isAssignableFrom(value) || value.isArray()) {
                names.add(name);
            } else if (value.isRecord()) {
                names.addAll(lists(name, value));
            } else if (Map.class.isAssignableFrom(value)) {
                names.add(name); // keyed entries, never repeated as one name
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
