package org.csh.reconciler.github;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/** An answer read to its end, so that its body can be looked at (and retried on) before the library reads it. */
final class BufferedAnswer extends GitHubConnectorResponse.ByteArrayResponse {

    private final byte[] body;

    BufferedAnswer(GitHubConnectorRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        super(request, status, headers);
        this.body = body;
    }

    byte[] body() {
        return body;
    }

    @Override
    protected InputStream rawBodyStream() {
        return new ByteArrayInputStream(body);
    }
}
