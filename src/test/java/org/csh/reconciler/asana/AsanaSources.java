package org.csh.reconciler.asana;

import java.time.Clock;

import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryPolicy;

/** The Asana source as production builds it, from the default {@code csh.http.*} settings, for tests. */
public final class AsanaSources {

    private AsanaSources() {
    }

    public static AsanaApiSource withDefaults(AsanaSettings settings) {
        return new AsanaApiSource(settings, HttpSettings.DEFAULTS, RetryPolicy.standard(HttpSettings.DEFAULTS),
                Clock.systemUTC());
    }
}
