package org.csh.reconciler.asana;

import java.util.List;

/** An Asana project for one community's engagement; its name is the community's name or an alias. */
public record Engagement(String gid, String name, String url, List<CshTask> cshTasks) {

    public Engagement {
        cshTasks = List.copyOf(cshTasks);
    }
}
