package org.csh.reconciler.asana;

import java.math.BigDecimal;
import java.util.Map;

import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryPolicy;

/**
 * Sets custom fields with {@code PUT /tasks/{task_gid}} and the body {@code {"data": {"custom_fields":
 * {"<field_gid>": <number>}}}}, through the same client, timeouts and retry policy as every read.
 */
public final class AsanaApiFieldWriter implements AsanaFieldWriter {

    private final AsanaApi api;

    /** Production wiring: timeouts and retries from {@code csh.http.*}. */
    public AsanaApiFieldWriter(AsanaSettings settings, HttpSettings http, RetryPolicy retry) {
        if (settings.apiUrl() == null) {
            throw new IllegalArgumentException("csh.asana.api-url is not set");
        }
        this.api = AsanaApi.connect(settings, http, retry);
    }

    @Override
    public void setNumber(String taskGid, String fieldGid, BigDecimal value) {
        // 12.50 goes out as 12.5 and 10.00 as 10, never as 1E+1
        BigDecimal plain = new BigDecimal(value.stripTrailingZeros().toPlainString());
        api.update("task " + taskGid, "/tasks/" + taskGid, Map.of("custom_fields", Map.of(fieldGid, plain)));
    }

    /** Requests sent so far, failed ones and retries included. */
    public int requestCount() {
        return api.requestCount();
    }
}
