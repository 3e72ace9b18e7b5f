package org.csh.reconciler.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csh.reconciler.cli.Usage;
import org.junit.jupiter.api.Test;

/**
 * The README's property tables, the configuration metadata (written by the configuration processor from
 * {@code CshProperties}' Javadoc, and read by IDEs) and {@code --help} tell one story: every property, its default
 * and its meaning. A failure prints the README row, or the {@code @param} line, that would fix it.
 */
class ConfigurationMetadataTest {

    /** {@code | `csh.name` | `default` | meaning |}, the shape of every property row in the README. */
    private static final Pattern ROW = Pattern.compile("^\\| `(csh\\.[a-z0-9.\\-\\[\\]]+)` \\|\\s*(.*?)\\s*\\|\\s*(.*?)\\s*\\|$");

    @Test
    void everyPropertyTheReadmeListsIsInTheMetadataWithTheSameDefaultAndMeaning() throws IOException {
        Map<String, Usage.Property> metadata = metadata();
        List<String> wrong = new ArrayList<>();
        readmeRows().forEach((name, row) -> {
            Usage.Property property = metadata.get(name);
            if (property == null) {
                wrong.add(name + " is in the README but not in the configuration metadata: add it to CshProperties"
                        + " (or META-INF/additional-spring-configuration-metadata.json) with the @param line: " + row.meaning());
            } else if (!row.equals(readmeRow(property))) {
                wrong.add(name + ": README says " + row + ", the metadata (CshProperties' @param) says "
                        + readmeRow(property) + "; README row: " + readmeLine(property));
            }
        });
        assertThat(wrong).as("README and configuration metadata disagree").isEmpty();
    }

    @Test
    void everyPropertyOfTheMetadataHasAMeaningAndARowInTheReadme() throws IOException {
        Map<String, ReadmeRow> readme = readmeRows();
        List<String> missing = new ArrayList<>();
        metadata().values().forEach(property -> {
            if (property.description().isBlank()) {
                missing.add(property.name() + " has no meaning: give it a @param line in CshProperties' Javadoc");
            }
            if (!readme.containsKey(property.name())) {
                missing.add(property.name() + " is not in the README; add the row " + readmeLine(property));
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void helpListsEveryReadmePropertyWithItsDefaultAndMeaning() throws IOException {
        String help = Usage.help().replaceAll("\\s+", " ");

        readmeRows().forEach((name, row) -> {
            String expected = name + (row.defaultValue().isEmpty() ? "" : " (default: " + row.defaultValue() + ")")
                    + " " + row.meaning();
            assertThat(help).as(name).contains(expected);
        });
    }

    @Test
    void helpListsEveryFlagOfTheReadmesUsage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String usage = readme.substring(readme.indexOf("## Running it"));
        usage = usage.substring(usage.indexOf("```") + 3, usage.indexOf("```", usage.indexOf("```") + 3));
        Matcher flags = Pattern.compile("--[a-z][a-z-]*").matcher(usage);

        String help = Usage.help();
        while (flags.find()) {
            assertThat(help).as("--help names " + flags.group()).contains(flags.group());
        }
    }

    private static Map<String, Usage.Property> metadata() {
        Map<String, Usage.Property> byName = new LinkedHashMap<>();
        Usage.properties().forEach(p -> byName.put(p.name(), p));
        assertThat(byName).as("META-INF/spring-configuration-metadata.json").containsKeys("csh.zone", "csh.job.stale-after");
        return byName;
    }

    private static Map<String, ReadmeRow> readmeRows() throws IOException {
        Map<String, ReadmeRow> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                rows.put(row.group(1), new ReadmeRow(row.group(2).strip().replaceAll("^`|`$", ""), row.group(3).strip()));
            }
        }
        assertThat(rows).as("property rows of README.md").hasSizeGreaterThan(30);
        return rows;
    }

    private static ReadmeRow readmeRow(Usage.Property property) {
        return new ReadmeRow(property.defaultValue().orElse(""), property.description());
    }

    private static String readmeLine(Usage.Property property) {
        Optional<String> value = property.defaultValue();
        return "| `" + property.name() + "` | " + value.map(v -> "`" + v + "`").orElse("") + " | "
                + property.description() + " |";
    }

    /** A property's default (without backticks; empty when none) and meaning, as the README's table gives them. */
    record ReadmeRow(String defaultValue, String meaning) {
    }
}
