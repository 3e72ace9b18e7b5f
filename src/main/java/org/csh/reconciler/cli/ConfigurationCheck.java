package org.csh.reconciler.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.csh.reconciler.settings.CshProperties;
import org.csh.reconciler.settings.JobRunProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds every {@code csh.*} property once, before anything else starts, and lists every value that cannot be
 * read (a zone that does not exist, text where a number belongs, …) in one error naming the property, the
 * value and where it was set, instead of Spring's stack trace for the first one.
 */
public class ConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ConfigurationCheck.class);
    private static final ConfigurationPropertyName CSH = ConfigurationPropertyName.of("csh");
    /** Set on purpose but read outside the two settings classes. */
    private static final Set<String> READ_ELSEWHERE = Set.of("csh.run-on-startup");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Set<ConfigurationPropertyName> read = new HashSet<>();
        List<String> problems = problems(event.getEnvironment(), read);
        if (!problems.isEmpty()) {
            throw new BadConfigurationException(ConfigurationProblems.message(problems));
        }
        unread(event.getEnvironment(), read).forEach(name -> log.warn("{} is set ({}) but is no setting of this job,"
                + " so it changes nothing; check its spelling against the README", name, where(event, name)));
    }

    /** One line per property that cannot be bound. */
    static List<String> problems(ConfigurableEnvironment environment) {
        return problems(environment, new HashSet<>());
    }

    static List<String> problems(ConfigurableEnvironment environment, Set<ConfigurationPropertyName> read) {
        List<String> problems = new ArrayList<>();
        Binder binder = Binder.get(environment);
        bind(binder, "csh", CshProperties.class, problems, read);
        bind(binder, "csh.job", JobRunProperties.class, problems, read);
        return problems;
    }

    /**
     * The {@code csh.*} names set somewhere that no setting read: a misspelt {@code --csh.zon=UTC} would otherwise
     * be ignored without a word.
     */
    static List<String> unread(ConfigurableEnvironment environment, Set<ConfigurationPropertyName> read) {
        Set<String> names = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.stream().filter(CSH::isAncestorOf)
                        .filter(name -> read.stream().noneMatch(r -> r.equals(name) || r.isAncestorOf(name)))
                        .map(ConfigurationPropertyName::toString)
                        .filter(name -> !READ_ELSEWHERE.contains(name) && !name.startsWith("csh.test."))
                        .forEach(names::add);
            }
        }
        return List.copyOf(names);
    }

    private static String where(ApplicationEnvironmentPreparedEvent event, String name) {
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(event.getEnvironment())) {
            ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.of(name));
            if (property != null) {
                return where(property);
            }
        }
        return "source unknown";
    }

    private static void bind(Binder binder, String prefix, Class<?> type, List<String> problems,
            Set<ConfigurationPropertyName> read) {
        binder.bind(prefix, Bindable.of(type), new AbstractBindHandler() {
            @Override
            public Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                    Object result) {
                if (context.getConfigurationProperty() != null) {
                    read.add(name);
                }
                return result;
            }

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
