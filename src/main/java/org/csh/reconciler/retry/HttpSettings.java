package org.csh.reconciler.retry;

import java.time.Duration;

/**
 * How long to wait for GitHub and Asana, and how hard to retry them ({@code csh.http.*}).
 *
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for an answer to one request
 * @param maxAttempts    attempts per request, the first included
 * @param maxWait        longest total wait between the attempts of one request
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration maxWait) {

    public static final HttpSettings DEFAULTS =
            new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, Duration.ofMinutes(15));

    public HttpSettings {
        // one attempt at least; SettingsCheck tells the operator about a smaller value
        maxAttempts = Math.max(1, maxAttempts);
    }
}
