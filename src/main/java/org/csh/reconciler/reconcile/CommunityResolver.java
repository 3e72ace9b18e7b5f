package org.csh.reconciler.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.github.GitHubIssue;

/**
 * Rule 5: the community of a work item. Where it is filed in Asana decides; a sub-issue takes its parent's;
 * an issue filed nowhere is placed by the community its labels, then title, then body name.
 */
final class CommunityResolver {

    private final CommunityNames names;
    private final Map<String, ItemDraft> issueDrafts = new HashMap<>();

    CommunityResolver(Communities communities, List<ItemDraft> drafts) {
        this.names = new CommunityNames(communities);
        for (ItemDraft draft : drafts) {
            draft.issue.ifPresent(issue -> issueDrafts.put(draft.key, draft));
        }
    }

    void resolveAll(List<ItemDraft> drafts) {
        Map<String, Optional<Community>> resolved = new HashMap<>();
        for (ItemDraft draft : drafts) {
            draft.community = resolve(draft, resolved, new HashSet<>());
            checkNamedCommunity(draft);
        }
    }

    private Optional<Community> resolve(ItemDraft draft, Map<String, Optional<Community>> resolved, Set<String> path) {
        Optional<Community> known = resolved.get(draft.key);
        if (known != null) {
            return known;
        }
        Optional<Community> community;
        Optional<AsanaEntry> filing = draft.filing();
        if (filing.isPresent() && filing.get().community().isPresent()) {
            community = filing.get().community();
        } else if (draft.issue.isEmpty()) {
            // a log-project task added to no engagement, and no mirror: nothing tells whose work it was
            draft.flag(Finding.Code.UNKNOWN_COMMUNITY, "Asana task in no engagement: add it to its engagement's"
                    + " project too, or link it to its GitHub issue");
            community = Optional.empty();
        } else {
            // an issue filed nowhere, or mirrored only in a project of no community (the sync automation's)
            Optional<ItemDraft> parent = parentOf(draft).filter(p -> path.add(draft.key));
            community = parent.map(p -> resolve(p, resolved, path)).orElse(Optional.empty());
            if (community.isEmpty()) {
                // a parent of no known community leaves the sub-issue to its own labels and text
                community = fromText(draft);
            }
        }
        resolved.put(draft.key, community);
        return community;
    }

    private Optional<ItemDraft> parentOf(ItemDraft draft) {
        return draft.issue.map(GitHubIssue::parentUrl).map(IssueUrl::key).map(issueDrafts::get);
    }

    private Optional<Community> fromText(ItemDraft draft) {
        Set<Community> named = names.namedBy(draft.issue.orElseThrow());
        if (named.size() == 1) {
            return named.stream().findFirst();
        }
        if (named.size() > 1) {
            draft.flag(Finding.Code.UNKNOWN_COMMUNITY, "names several communities ("
                    + namesOf(named) + "); file it under one engagement or label it with one community");
            return Optional.empty();
        }
        draft.flag(Finding.Code.UNKNOWN_COMMUNITY, "no Asana mirror, and no community name or alias in its labels,"
                + " title or body; add a community label");
        return Optional.empty();
    }

    private void checkNamedCommunity(ItemDraft draft) {
        if (draft.community.isEmpty()) {
            return;
        }
        Community filed = draft.community.get();
        Set<Community> named = draft.issue.isPresent()
                ? names.namedIn(draft.issue.get().title(), draft.issue.get().body())
                : names.namedIn(draft.title(), draft.text());
        if (!named.isEmpty() && !named.contains(filed)) {
            draft.flag(Finding.Code.WRONG_COMMUNITY, "filed under " + filed.name() + " but its text names "
                    + namesOf(named) + "; move it or correct the text");
        }
    }

    private static String namesOf(Set<Community> communities) {
        return communities.stream().map(Community::name).collect(Collectors.joining(", "));
    }
}
