package org.csh.reconciler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What {@code --help} and {@code --version} print. The properties come from the configuration metadata that the
 * configuration processor writes from {@code CshProperties}' Javadoc, the same words as the README's table
 * ({@code ConfigurationMetadataTest} holds the two together), so the help never drifts from the settings.
 */
public final class Usage {

    public static final String HELP = "--help";
    public static final String VERSION = "--version";

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String BUILD_INFO = "META-INF/build-info.properties";
    private static final int WIDTH = 100;

    /** The product's flags, in the README's order. */
    private static final List<Flag> FLAGS = List.of(
            new Flag("--from=YYYY-MM-DD", "first day of the range (default: the first day of --to's month)"),
            new Flag("--to=YYYY-MM-DD", "last day of the range, included (default: today in csh.zone)"),
            new Flag("--demo", "run on the bundled sample organisation, served on loopback: no tokens, no network"),
            new Flag("--no-email", "write the report but send no email"),
            new Flag("--statement=\"<community>\"", "also write a statement for that community"),
            new Flag("--balance[=\"<community>\"]", "print the hours left from the last completed run, and run nothing"),
            new Flag("--no-write-back", "do not write used hours into Asana on this run"),
            new Flag("--evaluate-estimates", "also print how well the estimator predicts the run's own timed work"),
            new Flag("--<property>=<value>", "override a property (any csh.* below, or spring.*)"),
            new Flag(HELP, "print this and exit"),
            new Flag(VERSION, "print the version and exit"));

    private Usage() {
    }

    /** {@code --help} or {@code --version} among the arguments: the text to print instead of running. */
    public static Optional<String> requested(String... args) {
        List<String> given = Arrays.asList(args);
        if (given.contains(HELP)) {
            return Optional.of(help());
        }
        if (given.contains(VERSION)) {
            return Optional.of(version());
        }
        return Optional.empty();
    }

    public static String version() {
        Properties build = new Properties();
        try (InputStream in = resource(BUILD_INFO)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = build.getProperty("build.version",
                Optional.ofNullable(Usage.class.getPackage().getImplementationVersion()).orElse("(version unknown)"));
        return "csh-reconciler " + version;
    }

    public static String help() {
        StringBuilder out = new StringBuilder();
        out.append("Usage: java -jar csh-reconciler.jar [--from=YYYY-MM-DD] [--to=YYYY-MM-DD] [--demo] [--no-email]\n")
                .append("         [--statement=\"<community>\"] [--evaluate-estimates] [--no-write-back]")
                .append(" [--<property>=<value> ...]\n")
                .append("       java -jar csh-reconciler.jar --balance[=\"<community>\"] [--demo]\n\n")
                .append("Counts the Community Success Hours delivered to each community from GitHub and Asana, compares\n")
                .append("them with each community's contract, and writes an Excel workbook and a flag list for BD.\n\n")
                .append("Flags:\n");
        FLAGS.forEach(flag -> out.append(String.format("  %-28s %s%n", flag.name(), flag.meaning())));
        out.append("\nProperties (--csh.<name>=<value>, CSH_<NAME> in the environment, or ./config/application.yml):\n");
        for (Property property : properties()) {
            out.append("  ").append(property.name())
                    .append(property.defaultValue().map(value -> "  (default: " + value + ")").orElse("")).append('\n');
            wrap(property.description(), WIDTH - 6).forEach(line -> out.append("      ").append(line).append('\n'));
        }
        out.append("""

                Exit status: 0 completed; 1 unexpected error; 2 bad arguments or configuration, nothing fetched;
                3 the job failed or was stopped (rerun the same range to resume); 4 another run is in progress;
                143 stopped by SIGTERM. The README has the details.
                """);
        return out.toString();
    }

    /** Every {@code csh.*} property of the configuration metadata, in name order. */
    public static List<Property> properties() {
        List<Property> properties = new ArrayList<>();
        // the processor has merged META-INF/additional-spring-configuration-metadata.json into this file
        metadata(METADATA).path("properties").forEach(node -> properties.add(new Property(node.path("name").asText(),
                Optional.ofNullable(node.get("defaultValue")).filter(d -> !d.isNull()).map(Usage::text),
                node.path("description").asText(""))));
        return properties.stream().filter(p -> p.name().startsWith("csh."))
                .sorted(Comparator.comparing(Property::name)).toList();
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    private static JsonNode metadata(String name) {
        try (InputStream in = resource(name)) {
            return in == null ? new ObjectMapper().createObjectNode() : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream resource(String name) {
        return Usage.class.getClassLoader().getResourceAsStream(name);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A command-line flag and what it does. */
    record Flag(String name, String meaning) {
    }

    /** A property as the configuration metadata describes it. */
    public record Property(String name, Optional<String> defaultValue, String description) {
    }
}
