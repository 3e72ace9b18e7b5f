package org.csh.reconciler.contract;

import java.util.List;

/** The communities file cannot be used; lists every problem found, one per line, each saying where and what to do. */
public class InvalidCommunitiesFileException extends RuntimeException {

    private final List<String> problems;

    public InvalidCommunitiesFileException(List<String> problems) {
        this(problems, null);
    }

    public InvalidCommunitiesFileException(List<String> problems, Throwable cause) {
        super(String.join("\n", problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid communities file has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found, as one self-contained line. */
    public List<String> problems() {
        return problems;
    }
}
