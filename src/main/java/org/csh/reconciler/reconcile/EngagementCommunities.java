package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;

/**
 * The community of each engagement (SPEC "Where the data lives"): the engagement's community field matched to a
 * name or alias; else the longest name or alias inside the project name, as whole words ("26 Mars University");
 * else a community of its own, named by the field's value or failing that the project name, with no contract.
 * Engagements with the same community share one {@link Community}, so they count as one everywhere.
 */
final class EngagementCommunities {

    /**
     * @param byEngagement every engagement's community, by project gid, in portfolio order
     * @param uncontracted the communities of their own, in order of first appearance; they have no contracts yet
     */
    record Resolution(Map<String, Community> byEngagement, List<Community> uncontracted) {

        Community of(Engagement engagement) {
            return byEngagement.get(engagement.gid());
        }

        /** The same engagements, each community replaced where {@code replacements} says. */
        Resolution replaced(Map<Community, Community> replacements) {
            Map<String, Community> replacedByEngagement = new LinkedHashMap<>();
            byEngagement.forEach((gid, c) -> replacedByEngagement.put(gid, replacements.getOrDefault(c, c)));
            return new Resolution(replacedByEngagement,
                    uncontracted.stream().map(c -> replacements.getOrDefault(c, c)).toList());
        }
    }

    private final Communities contracted;
    private final CommunityNames names;

    EngagementCommunities(Communities contracted) {
        this.contracted = contracted;
        this.names = new CommunityNames(contracted);
    }

    Resolution resolve(List<Engagement> engagements, FindingSink sink) {
        Map<String, Community> byEngagement = new LinkedHashMap<>();
        Map<String, Community> own = new LinkedHashMap<>();
        for (Engagement engagement : engagements) {
            Community community = contractedCommunity(engagement).orElseGet(() -> own.computeIfAbsent(
                    ownName(engagement).toLowerCase(Locale.ROOT),
                    key -> new Community(ownName(engagement), List.of(), List.of())));
            byEngagement.put(engagement.gid(), community);
            engagement.readProblems().forEach(problem -> sink.add(Finding.Code.INVALID_DATA, Optional.of(community),
                    engagement.url(), "Asana project '" + engagement.name() + "': " + problem));
        }
        return new Resolution(byEngagement, new ArrayList<>(own.values()));
    }

    private Optional<Community> contractedCommunity(Engagement engagement) {
        Optional<Community> byField = contracted.bySpelling(engagement.communityValue());
        return byField.isPresent() ? byField : names.longestNamedIn(engagement.name());
    }

    private static String ownName(Engagement engagement) {
        String value = engagement.communityValue();
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        return engagement.name() == null || engagement.name().isBlank() ? "Asana project " + engagement.gid()
                : engagement.name().strip();
    }
}
