package org.csh.reconciler.asana;

import java.io.IOException;
import java.time.Duration;

import com.asana.dispatcher.AccessTokenDispatcher;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpRequest;

/** Sends the Asana client's requests with our connect and read timeouts instead of the library's fixed 20 s. */
final class TimedDispatcher extends AccessTokenDispatcher {

    private final int connectMillis;
    private final int readMillis;

    TimedDispatcher(String token, Duration connectTimeout, Duration readTimeout) {
        super(token);
        this.connectMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    public HttpRequest buildRequest(String method, GenericUrl url, HttpContent content) throws IOException {
        return super.buildRequest(method, url, content)
                .setConnectTimeout(connectMillis)
                .setReadTimeout(readMillis);
    }

    @Override
    public void sleep(long millis) {
        // never used: max_retries is 0, our RetryPolicy waits instead
    }
}
