package org.csh.reconciler.demo;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of a demo run: the user's arguments plus the demo's own settings, each property given once.
 *
 * <p>Spring joins a property given twice on the command line with a comma ({@code --csh.zone=X} and the demo's
 * {@code --csh.zone=UTC} would read as {@code "X,UTC"}), so the two lists are merged by name. The user wins,
 * except for where the data comes from: the demo always reads its own server, with its own contracts.
 */
public final class DemoArguments {

    /** What makes a demo a demo: never taken from the user, so that a demo never reads real data. */
    static final Set<String> PINNED = Set.of("csh.github.api-url", "csh.github.token", "csh.github.repositories",
            "csh.github.label", "csh.github.project.owner", "csh.github.project.number",
            "csh.github.project.hours-field", "csh.asana.api-url", "csh.asana.token", "csh.asana.portfolio-gid",
            "csh.asana.project-gids", "csh.asana.csh-task-name", "csh.asana.fields.github-url",
            "csh.asana.fields.github-hours", "csh.asana.fields.total-time", "csh.asana.fields.hours-total",
            "csh.asana.fields.community", "csh.asana.delivered-on", "csh.asana.log-project-gids",
            "csh.asana.write-back.used-field",
            "csh.communities-file");

    private static final ZoneId UTC = ZoneId.of("UTC");

    private DemoArguments() {
    }

    /** {@code user} and {@code demo} merged: one {@code --name=value} per property, run arguments kept. */
    public static List<String> merge(List<String> user, List<String> demo) {
        Map<String, String> byName = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        demo.forEach(argument -> byName.put(name(argument), argument));
        for (String argument : user) {
            String name = name(argument);
            if (name == null) {
                others.add(argument);
            } else if (!PINNED.contains(name)) {
                byName.put(name, argument);
            }
        }
        List<String> merged = new ArrayList<>(others);
        merged.addAll(byName.values());
        return merged;
    }

    /**
     * The zone the demo's dates are in: the user's {@code --csh.zone} when it names a zone, else UTC (a bad zone is
     * left for the configuration check to report).
     */
    public static ZoneId zone(List<String> user) {
        for (String argument : user) {
            if ("csh.zone".equals(name(argument))) {
                try {
                    return ZoneId.of(argument.substring(argument.indexOf('=') + 1).strip());
                } catch (DateTimeException e) {
                    return UTC;
                }
            }
        }
        return UTC;
    }

    /** The property an argument sets, or null for anything that is not {@code --name=value}. */
    private static String name(String argument) {
        int equals = argument.indexOf('=');
        return argument.startsWith("--") && equals > 2 ? argument.substring(2, equals) : null;
    }
}
