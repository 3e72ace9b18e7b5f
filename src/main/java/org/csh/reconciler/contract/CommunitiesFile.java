package org.csh.reconciler.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code communities.yml}: the communities under contract, their aliases and contracts.
 * The whole file is checked and every problem is reported at once, so an operator fixes it in one pass.
 */
public final class CommunitiesFile {

    private CommunitiesFile() {
    }

    /** Reads the file at {@code path}; the path names it in every problem. */
    public static Communities load(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCommunitiesFileException(List.of(path + ": cannot read the file ("
                    + e.getClass().getSimpleName() + "); check that csh.communities-file names a readable UTF-8 file"), e);
        }
        return parse(text, path.toString());
    }

    /**
     * The file at {@code path}, or empty when there is none: without a contracts file the contracts are read from the
     * CSH tasks in Asana (README, "Running without a contracts file").
     *
     * @throws InvalidCommunitiesFileException when the file is there but cannot be read or is invalid
     */
    public static Optional<Communities> loadIfPresent(Path path) {
        return Files.isRegularFile(path) ? Optional.of(load(path)) : Optional.empty();
    }

    /**
     * The communities described by {@code yamlText}.
     *
     * @param sourceName how problems name the file, e.g. {@code communities.yml}
     * @throws InvalidCommunitiesFileException listing every problem, when there is any
     */
    public static Communities parse(String yamlText, String sourceName) {
        return new CommunitiesReading(sourceName == null || sourceName.isBlank() ? "communities file" : sourceName)
                .read(yamlText);
    }
}
