package org.csh.reconciler.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.settings.CshProperties;

/**
 * Recognises the placeholders that {@code config/application.yml}, {@code config/communities.yml} and
 * {@code jobs/cronjob.yaml} ship with. They look like real values and pass every other check, so without this a
 * first run would fetch, retry for seconds and then fail on a repository or portfolio that does not exist.
 */
final class ShippedExamples {

    static final String EXAMPLE_OWNER = "your-org";
    static final Set<String> EXAMPLE_GIDS = Set.of("1200000000000000", "1200000000000001");
    /** The communities of the shipped {@code communities.yml}; a file naming only these is still the example. */
    static final Set<String> EXAMPLE_COMMUNITIES = Set.of("Example University", "Open Science Lab", "Civic Data Commons");
    /** RFC 2606 names: reserved for examples, never a real server. */
    private static final List<String> EXAMPLE_DOMAINS = List.of("example.org", "example.com", "example.net");

    private ShippedExamples() {
    }

    static List<String> problems(CshProperties p) {
        List<String> problems = new ArrayList<>();
        p.github().repositories().stream().filter(ShippedExamples::isExampleRepository).forEach(repository ->
                problems.add("csh.github.repositories: " + repository + " is the shipped example: replace the example"
                        + " value with the owner/name of your repositories"));
        if (EXAMPLE_OWNER.equalsIgnoreCase(strip(p.github().project().owner()))) {
            problems.add("csh.github.project.owner: " + EXAMPLE_OWNER + " is the shipped example: replace the example"
                    + " value with the organisation owning your board (README, \"Finding the board and the portfolio\")");
        }
        if (EXAMPLE_GIDS.contains(strip(p.asana().portfolioGid()))) {
            problems.add("csh.asana.portfolio-gid: " + strip(p.asana().portfolioGid()) + " is the shipped example: replace"
                    + " the example value with your portfolio's gid (README, \"Finding the board and the portfolio\")");
        }
        p.asana().projectGids().stream().map(ShippedExamples::strip).filter(EXAMPLE_GIDS::contains).forEach(gid ->
                problems.add("csh.asana.project-gids: " + gid + " is the shipped example: replace the example value"
                        + " with your engagement projects' gids"));
        return problems;
    }

    /** The shipped example communities, still unedited: no organisation's contracts. */
    static List<String> problems(Communities communities) {
        List<String> names = communities.all().stream().map(Community::name).toList();
        if (!names.isEmpty() && EXAMPLE_COMMUNITIES.containsAll(names)) {
            return List.of("csh.communities-file: the communities (" + String.join(", ", names) + ") are the shipped"
                    + " example: replace the example value with your communities and their contracts");
        }
        return List.of();
    }

    static boolean isExampleHost(String host) {
        String name = strip(host).toLowerCase(Locale.ROOT);
        return EXAMPLE_DOMAINS.stream().anyMatch(domain -> name.equals(domain) || name.endsWith("." + domain));
    }

    private static boolean isExampleRepository(String repository) {
        return strip(repository).toLowerCase(Locale.ROOT).startsWith(EXAMPLE_OWNER + "/");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
