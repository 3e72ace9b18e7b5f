package org.csh.reconciler.asana;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.asana.Client;
import com.asana.errors.AsanaError;
import com.asana.models.ResultBody;
import com.asana.models.ResultBodyCollection;
import com.asana.requests.CollectionRequest;
import com.asana.requests.ItemRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Every HTTP request to Asana goes through here, so that one retry policy can wrap {@link #send} later.
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

    private final Client client;
    private final AtomicInteger requests = new AtomicInteger();

    AsanaApi(Client client) {
        this.client = client;
    }

    static AsanaApi connect(AsanaSettings settings) {
        Client client = Client.accessToken(settings.token() == null ? "" : settings.token());
        client.options.put("base_url", withoutTrailingSlash(settings.apiUrl().toString()));
        // the library would retry 5xx and 429 itself, sleeping 1 s, 2 s, 4 s …; our own policy decides instead
        client.options.put("max_retries", 0);
        return new AsanaApi(client);
    }

    /** GET one page of a list endpoint with exactly these {@code opt_fields}. */
    Page page(String resource, String path, List<String> fields, int limit, String offset) {
        return send(resource, path, () -> {
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
        return send(resource, path, () -> {
            ItemRequest<JsonElement> request = new ItemRequest<>(client.tasks, JsonElement.class, path, "GET");
            request.option("fields", fields);
            ResultBody<JsonElement> body = request.executeRaw();
            return body.data.getAsJsonObject();
        });
    }

    /** Requests sent so far, failed ones included. */
    int requestCount() {
        return requests.get();
    }

    /** The single place a request leaves: counts it and turns library errors into ours. */
    <T> T send(String resource, String path, Call<T> call) {
        requests.incrementAndGet();
        try {
            return call.execute();
        } catch (AsanaError e) {
            String where = "Asana " + resource + " (GET " + path + ")";
            if (isPermanent(e.status)) {
                throw new AsanaAccessException(where + ": " + e.status + " " + advice(e.status), e.status);
            }
            throw new AsanaUnavailableException(where + ": " + e.status + ", try again later", e);
        } catch (IOException e) {
            throw new AsanaUnavailableException(
                    "Asana " + resource + " (GET " + path + "): " + e.getClass().getSimpleName() + ", try again later", e);
        }
    }

    private static boolean isPermanent(int status) {
        return status >= 400 && status < 500 && status != 429;
    }

    private static String advice(int status) {
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
