package org.csh.reconciler.github;

import java.net.URI;

/** The API root as a string without a trailing slash, so paths can be appended. */
final class BaseUrl {

    private BaseUrl() {
    }

    static String of(URI apiUrl) {
        String url = apiUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
