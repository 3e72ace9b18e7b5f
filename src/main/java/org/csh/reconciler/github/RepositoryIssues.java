package org.csh.reconciler.github;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full read of one repository, whichever way costs fewer requests: the CSH-labelled list plus a
 * {@code sub_issues} call per parent, or the repository's whole issue list, where each sub-issue names its parent
 * ({@code parent_issue_url}) so that no {@code sub_issues} call is needed.
 *
 * <p>The choice is made from the first page of the whole list, which is read either way: its {@code rel="last"}
 * link gives the whole list's pages, and its issues how many of them are CSH issues and parents. When the
 * labelled list wins, that one page is the price of asking.
 */
final class RepositoryIssues {

    private static final Logger log = LoggerFactory.getLogger(RepositoryIssues.class);
    private static final Pattern LAST_PAGE = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"last\"");
    private static final Pattern PAGE_PARAM = Pattern.compile("[?&]page=(\\d+)");
    private static final String REPOS = "/repos/";

    /** An issue of a repository read whole, with the parent it names (null when none), as {@code owner/name#n}. */
    record Listed(GitHubIssue issue, String parentKey) {
    }

    /**
     * What a full read of one repository gave: its CSH issues, and, when the whole list was read, every issue of
     * it with the parent it names, from which sub-issues are known without asking.
     */
    record Read(String repository, List<GitHubIssue> labelled, Optional<List<Listed>> whole) {
    }

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final GitHubSettings settings;
    private final Function<String, List<GitHubIssue>> labelledList;

    /** {@code labelledList} reads the CSH-labelled list of a repository (github-api). */
    RepositoryIssues(GitHubHttp http, ObjectMapper json, GitHubSettings settings,
            Function<String, List<GitHubIssue>> labelledList) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.labelledList = labelledList;
    }

    Read of(String repository) {
        String what = "GitHub repository " + repository + " (all issues)";
        URI first = URI.create(BaseUrl.of(settings.apiUrl()) + REPOS + repository + "/issues?state=all&per_page="
                + settings.pageSize());
        HttpResponse<String> response = http.get(first, what);
        JsonNode page = IssueJson.list(json, response.body(), what);
        // a rel="next" back to a page already read ends the read instead of looping
        Set<String> read = new HashSet<>();
        Optional<URI> next = GitHubHttp.nextUnreadPage(response, read, what);
        if (next.isPresent()) {
            OptionalInt pages = lastPage(response);
            Cost cost = Cost.of(page, pages, settings);
            if (cost.labelledIsCheaper()) {
                log.info("GitHub: {}: reading its CSH list and sub-issues (about {} requests) rather than all "
                        + "{} pages of its issues", repository, cost.labelled(), cost.wholePagesLeft() + 1);
                return new Read(repository, labelledList.apply(repository), Optional.empty());
            }
        }
        List<Listed> listed = new ArrayList<>();
        add(page, listed);
        while (next.isPresent()) {
            response = http.get(next.get(), what);
            add(IssueJson.list(json, response.body(), what), listed);
            next = GitHubHttp.nextUnreadPage(response, read, what);
        }
        List<GitHubIssue> labelled = listed.stream().map(Listed::issue).filter(GitHubIssue::labelled).toList();
        return new Read(repository, labelled, Optional.of(listed));
    }

    private void add(JsonNode page, List<Listed> listed) {
        for (JsonNode issue : page) {
            if (IssueJson.isPullRequest(issue)) {
                continue;
            }
            GitHubIssue read = IssueJson.toIssue(issue, settings.label(), null);
            String parent = parentKey(issue);
            // an issue neither labelled nor anyone's sub-issue is never part of a read: it is not kept
            if (read.labelled() || parent != null) {
                listed.add(new Listed(read, parent));
            }
        }
    }

    /** {@code owner/name#number} of an issue, the key {@link #parentKey} gives for the issue's parent. */
    static String key(GitHubIssue issue) {
        return key(issue.repository(), issue.number());
    }

    private static String key(String repository, int number) {
        return (repository == null ? "" : repository.toLowerCase(Locale.ROOT)) + "#" + number;
    }

    /** From {@code parent_issue_url} ({@code https://api.github.com/repos/owner/name/issues/12}); null when none. */
    static String parentKey(JsonNode issue) {
        JsonNode value = issue.get("parent_issue_url");
        if (value == null || value.isNull()) {
            return null;
        }
        String url = value.asText();
        int repos = url.lastIndexOf(REPOS);
        int issues = url.lastIndexOf("/issues/");
        if (repos < 0 || issues < repos) {
            return null;
        }
        try {
            return key(url.substring(repos + REPOS.length(), issues),
                    Integer.parseInt(url.substring(issues + "/issues/".length())));
        } catch (NumberFormatException notAnIssueUrl) {
            return null;
        }
    }

    /** The page number of the {@code rel="last"} link; empty when GitHub sent none. */
    static OptionalInt lastPage(HttpResponse<?> response) {
        for (String link : response.headers().allValues("Link")) {
            Matcher last = LAST_PAGE.matcher(link);
            if (last.find()) {
                Matcher page = PAGE_PARAM.matcher(last.group(1));
                if (page.find()) {
                    return OptionalInt.of(Integer.parseInt(page.group(1)));
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Requests each way costs, judged from the first page of the whole list. The labelled way costs github-api's
     * repository request, its list pages and a {@code sub_issues} call per parent; the whole way its remaining
     * pages. Without a last page (GitHub did not say) the labelled way is taken, as before there was a choice.
     */
    record Cost(int labelled, int wholePagesLeft) {

        static Cost of(JsonNode firstPage, OptionalInt lastPage, GitHubSettings settings) {
            if (lastPage.isEmpty() || firstPage.isEmpty()) {
                return new Cost(0, Integer.MAX_VALUE);
            }
            int onPage = firstPage.size();
            int labelled = 0;
            int parents = 0;
            for (JsonNode issue : firstPage) {
                if (IssueJson.isPullRequest(issue)) {
                    continue;
                }
                boolean csh = IssueJson.carries(labels(issue), settings.label());
                labelled += csh ? 1 : 0;
                // a CSH issue with sub-issues is asked for them, and so is a sub-issue with sub-issues of its own
                if (IssueJson.subIssuesTotal(issue) > 0 && (csh || parentKey(issue) != null)) {
                    parents++;
                }
            }
            // the last page is half full on average
            double issues = (lastPage.getAsInt() - 0.5) * onPage;
            int labelledPages = Math.max(1, (int) Math.ceil(issues * labelled / onPage / settings.pageSize()));
            int subIssueCalls = (int) Math.round(issues * parents / onPage);
            return new Cost(1 + labelledPages + subIssueCalls, lastPage.getAsInt() - 1);
        }

        boolean labelledIsCheaper() {
            return labelled < wholePagesLeft;
        }

        private static List<String> labels(JsonNode issue) {
            List<String> labels = new ArrayList<>();
            issue.path("labels").forEach(label -> labels.add(label.path("name").asText()));
            return labels;
        }
    }
}
