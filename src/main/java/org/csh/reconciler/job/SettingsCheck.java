package org.csh.reconciler.job;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Checks, before anything is fetched, that the settings name everything the job must read. */
final class SettingsCheck {

    private SettingsCheck() {
    }

    static void require(CshProperties p) {
        List<String> problems = new ArrayList<>();
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
        if (!Files.isRegularFile(p.communitiesFile())) {
            problems.add("csh.communities-file " + p.communitiesFile() + " does not exist");
        }
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
        if (!problems.isEmpty()) {
            throw new BadArgumentsException("configuration: " + String.join("; ", problems));
        }
    }

    private static boolean isNotPositive(java.time.Duration duration) {
        return duration == null || duration.isNegative() || duration.isZero();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
