package org.csh.reconciler.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.CommunitiesFile;
import org.csh.reconciler.contract.InvalidCommunitiesFileException;
import org.csh.reconciler.fetch.RequestLimits;
import org.csh.reconciler.fetch.Tokens;
import org.csh.reconciler.settings.CshProperties;

/** Checks, before anything is fetched, that the settings name everything the job must read. */
final class SettingsCheck {

    private SettingsCheck() {
    }

    /**
     * The communities of {@code csh.communities-file} (empty when there is no such file: the contracts are then read
     * from Asana), once every setting is usable; otherwise one error listing every problem: missing settings, values
     * out of range, example values, and everything wrong in the communities file. When this run may email BD
     * ({@code emailAllowed}: no {@code --no-email}), the SMTP server must be named, and once everything else is
     * right, it must answer one connection.
     */
    static Optional<Communities> require(CshProperties p, MailServer mail, boolean emailAllowed) {
        List<String> problems = new ArrayList<>(ShippedExamples.problems(p));
        boolean sendsEmail = p.mail().enabled() && emailAllowed;
        if (p.github().repositories().isEmpty()) {
            problems.add("csh.github.repositories is empty: list the owner/name of every repository holding CSH issues");
        }
        if (blank(p.github().project().owner()) || p.github().project().number() <= 0) {
            problems.add("csh.github.project.owner and csh.github.project.number must name the board holding GitHub Hours");
        }
        if (blank(p.github().token())) {
            problems.add("no GitHub token: set CSH_GITHUB_TOKEN or put it in a secret file (README, \"Secrets\")");
        }
        if (blank(p.asana().portfolioGid()) && p.asana().projectGids().isEmpty()) {
            problems.add("set csh.asana.portfolio-gid (the Active Engagements portfolio) or csh.asana.project-gids");
        }
        if (blank(p.asana().token())) {
            problems.add("no Asana token: set CSH_ASANA_TOKEN or put it in a secret file (README, \"Secrets\")");
        }
        // a token that cannot travel in a header would fail the first request with the token in the error
        Tokens.problem("CSH_GITHUB_TOKEN", "csh.github.token", p.github().token()).ifPresent(problems::add);
        Tokens.problem("CSH_ASANA_TOKEN", "csh.asana.token", p.asana().token()).ifPresent(problems::add);
        if (p.flags().overRatio().signum() <= 0 || p.flags().underRatio().signum() < 0) {
            problems.add("csh.flags.over-ratio must be positive and csh.flags.under-ratio not negative");
        }
        if (p.http().maxAttempts() < 1 || isNotPositive(p.http().readTimeout()) || isNotPositive(p.http().connectTimeout())
                || p.http().maxWait() == null || p.http().maxWait().isNegative()) {
            problems.add("csh.http.max-attempts must be at least 1, csh.http.connect-timeout and read-timeout positive,"
                    + " csh.http.max-wait not negative");
        }
        if (p.mail().enabled() && p.mail().to().isEmpty()) {
            problems.add("csh.mail.enabled is true but csh.mail.to is empty");
        }
        if (sendsEmail) {
            problems.addAll(mail.problems());
        }
        requireRanges(p, problems);
        requireOwnWriteBackField(p.asana(), problems);
        Optional<Communities> communities = Optional.empty();
        try {
            communities = CommunitiesFile.loadIfPresent(p.communitiesFile());
            communities.ifPresent(listed -> problems.addAll(ShippedExamples.problems(listed)));
        } catch (InvalidCommunitiesFileException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty() && sendsEmail) {
            // the one check that needs the network, made only for a configuration that is otherwise right
            mail.unreachable().ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new BadArgumentsException(ConfigurationProblems.message(problems));
        }
        return communities;
    }

    /** Numbers that bind fine but cannot work: caught here rather than in the middle of a fetch. */
    private static void requireRanges(CshProperties p, List<String> problems) {
        problems.addAll(RequestLimits.problems("github", p.github().pageSize(), p.github().concurrency()));
        problems.addAll(RequestLimits.problems("asana", p.asana().pageSize(), p.asana().concurrency()));
        if (p.report().trendRuns() < 1) {
            problems.add("csh.report.trend-runs must be at least 1, was " + p.report().trendRuns());
        }
        if (p.estimate().maxHours().signum() <= 0 || p.estimate().defaultHours().signum() < 0) {
            problems.add("csh.estimate.max-hours must be positive and csh.estimate.default-hours not negative");
        }
    }

    /** The write-back must never overwrite a field the job reads: Hours Total is a manager's allocation. */
    private static void requireOwnWriteBackField(CshProperties.Asana asana, List<String> problems) {
        if (!asana.writeBack().enabled()) {
            return;
        }
        String used = asana.writeBack().usedField().strip();
        CshProperties.Fields fields = asana.fields();
        Map<String, String> read = new LinkedHashMap<>();
        read.put("csh.asana.fields.hours-total", fields.hoursTotal());
        read.put("csh.asana.fields.total-time", fields.totalTime());
        read.put("csh.asana.fields.github-hours", fields.githubHours());
        read.put("csh.asana.fields.github-url", fields.githubUrl());
        read.put("csh.asana.fields.community", fields.community());
        read.put("csh.asana.delivered-on", asana.deliveredOn());
        read.forEach((property, name) -> {
            if (name != null && name.strip().equalsIgnoreCase(used)) {
                problems.add("csh.asana.write-back.used-field '" + used + "' is also " + property + ", which the job"
                        + " reads: writing the used hours there would overwrite it; name a number field of its own,"
                        + " e.g. Hours Used");
            }
        });
    }

    private static boolean isNotPositive(java.time.Duration duration) {
        return duration == null || duration.isNegative() || duration.isZero();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
