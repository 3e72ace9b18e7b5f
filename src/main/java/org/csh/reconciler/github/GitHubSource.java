package org.csh.reconciler.github;

/** Reads the CSH issues, their sub-issues and the board's hours. */
public interface GitHubSource {

    GitHubSnapshot fetch();

    /**
     * What GitHub holds now, reading only what changed since {@code previous} was read where the source can;
     * the result must equal what {@link #fetch()} would read.
     */
    default GitHubSnapshot refresh(GitHubSnapshot previous) {
        return fetch();
    }
}
