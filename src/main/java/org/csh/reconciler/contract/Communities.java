package org.csh.reconciler.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every community under contract, as read from {@code communities.yml}. */
public record Communities(List<Community> all) {

    public Communities {
        all = List.copyOf(all);
    }

    /** The community whose name or alias equals {@code spelling}, ignoring case and surrounding space. */
    public Optional<Community> bySpelling(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String wanted = spelling.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(c -> c.spellings().stream().anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }
}
