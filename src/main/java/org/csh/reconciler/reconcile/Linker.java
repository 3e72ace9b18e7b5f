package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.github.GitHubIssue;

/**
 * Rule 1 and the double-logging part of rule 2: pairs each issue with its Asana mirror and with any manual
 * subtask that repeats it, so that every piece of work becomes exactly one {@link ItemDraft}.
 */
final class Linker {

    private final Map<String, GitHubIssue> issues = new LinkedHashMap<>();
    private final Map<String, List<GitHubIssue>> issuesByTitle = new LinkedHashMap<>();
    private final CommunityNames names;
    private final FindingSink sink;

    Linker(List<GitHubIssue> issues, CommunityNames names, FindingSink sink) {
        this.names = names;
        this.sink = sink;
        for (GitHubIssue issue : issues) {
            String key = IssueUrl.key(issue.url());
            if (this.issues.putIfAbsent(key, issue) != null) {
                sink.add(Finding.Code.INVALID_DATA, Optional.empty(), issue.url(),
                        "GitHub returned this issue twice; counted once");
                continue;
            }
            issuesByTitle.computeIfAbsent(normalTitle(issue.title()), t -> new ArrayList<>()).add(issue);
        }
    }

    List<ItemDraft> link(List<AsanaEntry> entries) {
        Map<String, List<AsanaEntry>> mirrors = new LinkedHashMap<>();
        Map<String, List<AsanaEntry>> twins = new LinkedHashMap<>();
        List<ItemDraft> asanaDrafts = new ArrayList<>();

        List<AsanaEntry> manual = new ArrayList<>();
        for (AsanaEntry entry : entries) {
            Optional<String> linked = entry.item().isMirror() ? IssueUrl.ifIssue(entry.item().githubUrl()) : Optional.empty();
            if (linked.isPresent() && issues.containsKey(linked.get())) {
                mirrors.computeIfAbsent(linked.get(), k -> new ArrayList<>()).add(entry);
            } else if (linked.isPresent()) {
                asanaDrafts.add(staleMirror(entry));
            } else {
                manual.add(entry);
            }
        }
        // every mirror is known before a manual subtask is matched by title: a mirror tells the issue's community
        for (AsanaEntry entry : manual) {
            Optional<GitHubIssue> repeated = repeatedIssue(entry, mirrors);
            String badUrl = "GitHub URL '" + entry.item().githubUrl() + "' is not a GitHub issue address";
            if (repeated.isPresent()) {
                twins.computeIfAbsent(IssueUrl.key(repeated.get().url()), k -> new ArrayList<>()).add(entry);
                if (entry.item().isMirror()) {
                    sink.add(Finding.Code.INVALID_DATA, entry.community(), entry.item().url(), badUrl);
                }
            } else {
                ItemDraft draft = ItemDraft.forAsana(entry);
                if (entry.item().isMirror()) {
                    draft.flag(Finding.Code.INVALID_DATA, badUrl + "; counted as Asana work");
                }
                asanaDrafts.add(draft);
            }
        }

        List<ItemDraft> drafts = new ArrayList<>();
        for (Map.Entry<String, GitHubIssue> issue : issues.entrySet()) {
            List<AsanaEntry> itsMirrors = mirrors.getOrDefault(issue.getKey(), List.of());
            List<AsanaEntry> itsTwins = twins.getOrDefault(issue.getKey(), List.of());
            ItemDraft draft = ItemDraft.forIssue(issue.getValue(), itsMirrors, itsTwins);
            for (AsanaEntry extra : itsMirrors.subList(Math.min(1, itsMirrors.size()), itsMirrors.size())) {
                draft.flag(Finding.Code.DOUBLE_LOGGED, "mirrored twice in Asana: " + extra.item().url()
                        + " also links here; counted once, with the larger hours");
            }
            for (AsanaEntry twin : itsTwins) {
                draft.flag(Finding.Code.DOUBLE_LOGGED, "also logged as manual Asana subtask " + twin.item().url()
                        + " ('" + twin.item().name() + "'); counted once, with the larger hours");
            }
            drafts.add(draft);
        }
        drafts.addAll(asanaDrafts);
        return drafts;
    }

    private ItemDraft staleMirror(AsanaEntry entry) {
        ItemDraft draft = ItemDraft.forAsana(entry);
        draft.flag(Finding.Code.STALE_MIRROR, "GitHub URL " + entry.item().githubUrl()
                + " is neither a CSH issue of the configured repositories nor a sub-issue of one;"
                + " counted from its Asana data until the link is fixed");
        return draft;
    }

    /**
     * The issue a manual subtask repeats: its notes hold the issue's address, or its title is the issue's. A title
     * alone is weak evidence ("Monthly check-in" is logged for many communities), so it links only an issue of
     * the subtask's own community, or of none known yet.
     */
    private Optional<GitHubIssue> repeatedIssue(AsanaEntry entry, Map<String, List<AsanaEntry>> mirrors) {
        for (String key : IssueUrl.keysIn(entry.item().notes())) {
            GitHubIssue issue = issues.get(key);
            if (issue != null) {
                return Optional.of(issue);
            }
        }
        String title = normalTitle(entry.item().name());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return issuesByTitle.getOrDefault(title, List.of()).stream()
                .filter(issue -> knownCommunity(issue, mirrors).map(c -> entry.community().equals(Optional.of(c)))
                        .orElse(true))
                .min(Comparator.comparing(GitHubIssue::url));
    }

    /** The issue's community as far as linking can tell: its mirror's engagement, else the one its text names. */
    private Optional<Community> knownCommunity(GitHubIssue issue, Map<String, List<AsanaEntry>> mirrors) {
        List<AsanaEntry> itsMirrors = mirrors.getOrDefault(IssueUrl.key(issue.url()), List.of());
        if (!itsMirrors.isEmpty()) {
            return itsMirrors.get(0).community();
        }
        Set<Community> named = names.namedBy(issue);
        return named.size() == 1 ? named.stream().findFirst() : Optional.empty();
    }

    static String normalTitle(String title) {
        return String.join(" ", CommunityNames.words(title)).toLowerCase(Locale.ROOT);
    }
}
