package org.csh.reconciler.cli;

import java.util.List;

/**
 * The message of a configuration that cannot run: a short first line saying how many problems there are, then each
 * problem on a line of its own, so that six mistakes in {@code communities.yml} read as six lines.
 */
final class ConfigurationProblems {

    private ConfigurationProblems() {
    }

    static String message(List<String> problems) {
        StringBuilder message = new StringBuilder("configuration: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(", nothing was fetched (exit status ").append(ReconcileRunner.BAD_INPUT).append("):");
        // a value quoted in a problem may hold a line break; each problem stays on its own line all the same
        problems.forEach(problem -> message.append("\n  - ").append(problem.replaceAll("\\s*\\R\\s*", " | ").strip()));
        return message.toString();
    }
}
