package org.csh.reconciler.github;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryPolicy;

/**
 * The sources and HTTP helpers tests need, each built through the one production constructor: tests differ from
 * production only in the settings, the clock and the retry policy (its sleeper) they pass.
 */
public final class GitHubSources {

    private GitHubSources() {
    }

    /** As production builds it: default {@code csh.http.*}, the standard retry policy, the system clock. */
    public static GitHubApiSource standard(GitHubSettings settings) {
        return at(settings, Clock.systemUTC());
    }

    /** As production builds it, with snapshots dated by {@code clock}. */
    public static GitHubApiSource at(GitHubSettings settings, Clock clock) {
        return new GitHubApiSource(settings, HttpSettings.DEFAULTS, RetryPolicy.standard(HttpSettings.DEFAULTS), clock);
    }

    /** The plain HTTP helper with default timeouts and the standard retry policy, for one query tested alone. */
    static GitHubHttp http(GitHubSettings settings) {
        return new GitHubHttp(GitHubHttp.defaultClient(HttpSettings.DEFAULTS.connectTimeout()), settings.token(),
                new AtomicInteger(), HttpSettings.DEFAULTS.readTimeout(), RetryPolicy.standard(HttpSettings.DEFAULTS));
    }
}
