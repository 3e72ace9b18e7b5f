package org.csh.reconciler.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds every {@code csh.*} property once, before anything else starts, and lists every value that cannot be
 * read (a zone that does not exist, text where a number belongs, …) in one error naming the property, the
 * value and where it was set, instead of Spring's stack trace for the first one.
 */
public class ConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        List<String> problems = problems(event.getEnvironment());
        if (!problems.isEmpty()) {
            throw new BadConfigurationException("configuration: " + String.join("; ", problems));
        }
    }

    /** One line per property that cannot be bound. */
    static List<String> problems(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        bind(binder, "csh", CshProperties.class, problems);
        bind(binder, "csh.job", JobRunProperties.class, problems);
        return problems;
    }

    private static void bind(Binder binder, String prefix, Class<?> type, List<String> problems) {
        binder.bind(prefix, Bindable.of(type), new AbstractBindHandler() {
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                    Exception error) {
                ConfigurationProperty property = context.getConfigurationProperty();
                if (property != null) {
                    problems.add(name + " = '" + property.getValue() + "' (" + where(property) + "): "
                            + reason(error, target));
                }
                // carry on with the other properties; a component that failed is left at its default
                return null;
            }
        });
    }

    private static String where(ConfigurationProperty property) {
        return property.getOrigin() == null ? "source unknown" : property.getOrigin().toString();
    }

    private static String reason(Exception error, Bindable<?> target) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = target.getType().resolve() == null ? "value" : target.getType().resolve().getSimpleName();
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "not a valid " + type + " (" + detail.replaceAll("\\s*\\R\\s*", " ") + ")";
    }

    @Override
    public int getOrder() {
        // after Boot's own listeners have loaded every property source and set up logging
        return Ordered.LOWEST_PRECEDENCE;
    }
}
