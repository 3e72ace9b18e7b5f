package org.csh.reconciler.asana;

import java.util.List;

/**
 * An Asana project for one engagement of a community. Its name is often a deal name ("26 Mars University"); the
 * community is told by its community field, else by a community name inside the project name.
 *
 * @param startOn        raw {@code start_on} (YYYY-MM-DD) or null: the contract's start, by the template
 * @param dueOn          raw {@code due_on} (YYYY-MM-DD) or null: the contract's end
 * @param communityValue value of the configured community field (an enum option's name, or text), or null
 * @param readProblems   values Asana sent that could not be used (an enum field with no option chosen, …)
 */
public record Engagement(String gid, String name, String url, List<CshTask> cshTasks, String startOn, String dueOn,
        String communityValue, List<String> readProblems) {

    public Engagement {
        cshTasks = List.copyOf(cshTasks);
        readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
    }

    /** An engagement told by its name alone: no dates, no community field. */
    public Engagement(String gid, String name, String url, List<CshTask> cshTasks) {
        this(gid, name, url, cshTasks, null, null, null, List.of());
    }
}
