package org.csh.reconciler.fetch;

import java.util.ArrayList;
import java.util.List;

/** The page size and concurrency an API's settings may ask for, checked in one place for GitHub and Asana. */
public final class RequestLimits {

    /** Both APIs serve at most 100 records a page. */
    public static final int MAX_PAGE_SIZE = 100;

    private RequestLimits() {
    }

    /** What is wrong with {@code csh.<api>.page-size} and {@code csh.<api>.concurrency}; empty when nothing is. */
    public static List<String> problems(String api, int pageSize, int concurrency) {
        List<String> problems = new ArrayList<>();
        if (concurrency < 1) {
            problems.add("csh." + api + ".concurrency must be at least 1, was " + concurrency);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add("csh." + api + ".page-size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return problems;
    }

    /** Throws when {@link #problems} finds anything, for settings built outside the start-up check. */
    public static void require(String api, int pageSize, int concurrency) {
        List<String> problems = problems(api, pageSize, concurrency);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
