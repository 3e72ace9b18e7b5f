package org.csh.reconciler.reconcile;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the ways people paste an issue's address, so that a mirror's "GitHub URL" matches its issue.
 * Owner and repository names are case-insensitive on GitHub; API addresses and trailing fragments occur.
 */
final class IssueUrl {

    private static final Pattern ISSUE = Pattern.compile(
            "https?://(?:www\\.)?(?:api\\.)?github\\.com/(?:repos/)?([\\w.-]+)/([\\w.-]+)/(?:issues|pull)/(\\d+)",
            Pattern.CASE_INSENSITIVE);

    private IssueUrl() {
    }

    /** The canonical key of an issue address, or the trimmed, lower-cased text when it is not one. */
    static String key(String url) {
        if (url == null) {
            return "";
        }
        Matcher m = ISSUE.matcher(url.strip());
        if (m.lookingAt()) {
            return canonical(m);
        }
        return url.strip().toLowerCase(Locale.ROOT);
    }

    /** Every issue address written in a text, as keys, in order of appearance. */
    static java.util.List<String> keysIn(String text) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (text == null) {
            return keys;
        }
        Matcher m = ISSUE.matcher(text);
        while (m.find()) {
            keys.add(canonical(m));
        }
        return keys;
    }

    static Optional<String> ifIssue(String url) {
        return url != null && ISSUE.matcher(url.strip()).lookingAt() ? Optional.of(key(url)) : Optional.empty();
    }

    private static String canonical(Matcher m) {
        return ("https://github.com/" + m.group(1) + "/" + m.group(2) + "/issues/" + m.group(3)).toLowerCase(Locale.ROOT);
    }
}
