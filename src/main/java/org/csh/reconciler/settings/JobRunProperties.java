package org.csh.reconciler.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code csh.job.*}: how a run proves it is alive and how long it may take to stop. A run whose heartbeat is
 * older than {@code staleAfter} is treated as dead (killed, out of memory, node lost) and recovered by the next run.
 *
 * @param heartbeatInterval how often a running job stamps its heartbeat
 * @param staleAfter a `STARTED` run with no heartbeat for this long is dead and recovered
 * @param stopTimeout how long SIGTERM waits for the job to stop after its current step
 */
@ConfigurationProperties("csh.job")
public record JobRunProperties(
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("60s") Duration staleAfter,
        @DefaultValue("20s") Duration stopTimeout) {
}
