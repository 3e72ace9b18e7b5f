package org.csh.reconciler.job;

import java.util.List;
import java.util.Set;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Command-line {@code --name=value} arguments (the demo's, say) as the properties of a test's Spring context. */
final class ArgumentProperties {

    private ArgumentProperties() {
    }

    static void add(DynamicPropertyRegistry registry, List<String> arguments) {
        add(registry, arguments, Set.of());
    }

    /** As {@link #add(DynamicPropertyRegistry, List)}, without the properties named in {@code leftOut}. */
    static void add(DynamicPropertyRegistry registry, List<String> arguments, Set<String> leftOut) {
        for (String argument : arguments) {
            String name = argument.substring(2, argument.indexOf('='));
            String value = argument.substring(argument.indexOf('=') + 1);
            if (!leftOut.contains(name)) {
                registry.add(name, () -> value);
            }
        }
    }
}
