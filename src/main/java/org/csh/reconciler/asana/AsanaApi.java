package org.csh.reconciler.asana;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import java.time.Duration;

import org.csh.reconciler.fetch.Tokens;
import org.csh.reconciler.retry.GaveUp;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryAfter;
import org.csh.reconciler.retry.RetryPolicy;
import org.csh.reconciler.retry.TransientFailure;

import com.asana.Client;
import com.asana.errors.AsanaError;
import com.asana.errors.RateLimitEnforcedError;
import com.asana.models.ResultBody;
import com.asana.models.ResultBodyCollection;
import com.asana.requests.CollectionRequest;
import com.asana.requests.ItemRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * Every HTTP request to Asana goes through here, reads and the write-back's writes alike, and {@link #send} retries
 * 429, 5xx, resets and timeouts with the {@link RetryPolicy}.
 *
 * <p>Requests are built by hand as {@link CollectionRequest}/{@link ItemRequest} because the library's short
 * generated calls drop {@code opt_fields} and {@code limit}; bodies are read as raw JSON because the
 * library's models lack fields such as {@code actual_time_minutes}.
 */
final class AsanaApi {

    /** One page of a list: its records and the offset of the next page, null on the last. */
    record Page(List<JsonObject> data, String nextOffset) {
    }

    /** One HTTP exchange with the library; may throw its {@link AsanaError}s. */
    @FunctionalInterface
    interface Call<T> {
        T execute() throws IOException;
    }

    private static final String GET = "GET";
    private static final String PUT = "PUT";

    private final Client client;
    private final AtomicInteger requests = new AtomicInteger();
    private final RetryPolicy retry;

    private AsanaApi(Client client, RetryPolicy retry) {
        this.client = client;
        this.retry = retry;
    }

    /** The one way to build it: timeouts from {@code csh.http.*}, every request through {@code retry}. */
    static AsanaApi connect(AsanaSettings settings, HttpSettings http, RetryPolicy retry) {
        Tokens.require("CSH_ASANA_TOKEN", "csh.asana.token", settings.token());
        Client client = new Client(new TimedDispatcher(settings.token() == null ? "" : settings.token(),
                http.connectTimeout(), http.readTimeout()));
        client.options.put("base_url", withoutTrailingSlash(settings.apiUrl().toString()));
        // the library would retry 5xx and 429 itself, sleeping 1 s, 2 s, 4 s …; our own policy decides instead
        client.options.put("max_retries", 0);
        return new AsanaApi(client, retry);
    }

    /** GET one page of a list endpoint with exactly these {@code opt_fields}. */
    Page page(String resource, String path, List<String> fields, int limit, String offset) {
        return send(resource, GET, path, () -> {
            CollectionRequest<JsonElement> request =
                    new CollectionRequest<>(client.tasks, JsonElement.class, path, "GET");
            request.option("fields", fields).option("limit", limit);
            if (offset != null) {
                request.option("offset", offset);
            }
            ResultBodyCollection<JsonElement> body = request.executeRaw();
            List<JsonObject> data = new ArrayList<>();
            if (body.data != null) {
                body.data.forEach(element -> data.add(element.getAsJsonObject()));
            }
            String next = body.nextPage == null ? null : body.nextPage.offset;
            return new Page(data, next == null || next.isBlank() ? null : next);
        });
    }

    /** GET one record with exactly these {@code opt_fields}. */
    JsonObject item(String resource, String path, List<String> fields) {
        return send(resource, GET, path, () -> {
            ItemRequest<JsonElement> request = new ItemRequest<>(client.tasks, JsonElement.class, path, "GET");
            request.option("fields", fields);
            ResultBody<JsonElement> body = request.executeRaw();
            return body.data.getAsJsonObject();
        });
    }

    /**
     * PUT {@code data} into one record: the body is {@code {"data": data}}, and Asana changes only the fields it
     * names. Returns the record as Asana answers it. A PUT sets values, so sending it again after a lost answer is
     * harmless, and it is retried like a read.
     */
    JsonObject update(String resource, String path, Map<String, Object> data) {
        return send(resource, PUT, path, () -> {
            ItemRequest<JsonElement> request = new ItemRequest<>(client.tasks, JsonElement.class, path, PUT);
            request.data(data);
            ResultBody<JsonElement> body = request.executeRaw();
            return body.data != null && body.data.isJsonObject() ? body.data.getAsJsonObject() : new JsonObject();
        });
    }

    /** Requests sent so far, failed ones included. */
    int requestCount() {
        return requests.get();
    }

    /**
     * The single place a request leaves: counts it, retries what is transient and turns library errors into ours,
     * whose messages name the method and path ({@code Asana task 2001 (PUT /tasks/2001): 403 …}).
     */
    <T> T send(String resource, String method, String path, Call<T> call) {
        String where = "Asana " + resource + " (" + method + " " + path + ")";
        try {
            return retry.run(() -> attempt(where, method, call));
        } catch (GaveUp e) {
            throw new AsanaUnavailableException(e.getMessage() + ", try again later", e.getCause());
        }
    }

    private <T> T attempt(String where, String method, Call<T> call) throws TransientFailure {
        requests.incrementAndGet();
        try {
            return call.execute();
        } catch (AsanaError e) {
            if (isPermanent(e.status)) {
                throw new AsanaAccessException(where + ": " + e.status + " " + advice(e.status, method)
                        + asanaSays(e).map(message -> "; Asana says: " + message).orElse(""), e.status);
            }
            throw new TransientFailure(where + ": " + e.status, e.status, requestedWait(e), e);
        } catch (IOException e) {
            throw new TransientFailure(where + ": " + e.getClass().getSimpleName(), 0, null, e);
        } catch (JsonParseException e) {
            // the library's parser message names neither the request nor what was wrong with the answer
            throw new AsanaAccessException(where + ": the answer is not complete JSON (truncated or malformed), so"
                    + " it cannot be read; if this persists, check csh.asana.api-url points at Asana's API", 200);
        }
    }

    /** Asana's own words in an error answer ({@code errors[].message}), on one line and cut short. */
    static Optional<String> asanaSays(AsanaError e) {
        String body = e.response == null ? null : e.response.getContent();
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonElement root = com.google.gson.JsonParser.parseString(body);
            List<String> messages = new ArrayList<>();
            if (root.isJsonObject() && root.getAsJsonObject().has("errors")
                    && root.getAsJsonObject().get("errors").isJsonArray()) {
                for (JsonElement error : root.getAsJsonObject().getAsJsonArray("errors")) {
                    if (error.isJsonObject() && error.getAsJsonObject().has("message")
                            && error.getAsJsonObject().get("message").isJsonPrimitive()) {
                        messages.add(error.getAsJsonObject().get("message").getAsString());
                    }
                }
            }
            String text = String.join("; ", messages).replaceAll("\\s+", " ").strip();
            return text.isEmpty() ? Optional.empty()
                    : Optional.of(text.length() > 300 ? text.substring(0, 300) + "…" : text);
        } catch (JsonParseException notJson) {
            return Optional.empty();
        }
    }

    /** Asana's {@code Retry-After} in seconds on 429 (and on 503 if it sends one). */
    private Duration requestedWait(AsanaError e) {
        if (e.response != null && e.response.getHeaders() != null) {
            Optional<Duration> asked = RetryAfter.header(
                    e.response.getHeaders().getFirstHeaderStringValue("Retry-After"), retry.clock());
            if (asked.isPresent()) {
                return asked.get();
            }
        }
        // the library's own reading of the header, already in milliseconds
        if (e instanceof RateLimitEnforcedError && ((RateLimitEnforcedError) e).retryAfter > 0) {
            return Duration.ofMillis(((RateLimitEnforcedError) e).retryAfter);
        }
        return null;
    }

    private static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 429;
    }

    private static String advice(int status, String method) {
        if (status == 403 && !GET.equals(method)) {
            return "forbidden: the token may not change it (writing needs a token with write access, scope"
                    + " tasks:write, whose user can edit the task)";
        }
        switch (status) {
            case 401:
                return "unauthorized: the token (csh.asana.token) is missing, invalid or expired";
            case 402:
                return "payment required: this needs a premium Asana workspace";
            case 403:
                return "forbidden: the token's user has no access to it";
            case 404:
                return "not found: check the gid, and that the token's user can see it";
            default:
                return "rejected: the request is invalid";
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
