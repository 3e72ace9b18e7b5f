package org.csh.reconciler.github;

/** Reads the CSH issues, their sub-issues and the board's hours. */
public interface GitHubSource {

    GitHubSnapshot fetch();
}
