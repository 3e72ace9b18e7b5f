package org.csh.reconciler.contract;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one communities file, each a self-contained line naming the file and where. */
final class Problems {

    private final String source;
    private final List<String> lines = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(String what) {
        lines.add(source + ": " + what);
    }

    /** A problem at {@code where}, e.g. {@code community 'Foo', contract 2}; null for the file as a whole. */
    void add(String where, String what) {
        lines.add(source + ": " + (where == null ? "" : where + ": ") + what);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> all() {
        return lines;
    }
}
