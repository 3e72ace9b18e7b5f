package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csh.reconciler.contract.Community;

/**
 * Which CSH tasks are current on the run's {@code to} date: for each community, every task whose period holds
 * {@code to}; failing that, its only CSH task when that has no period (a single undated task serves every period).
 * A community with several tasks and none holding {@code to} has no current task: guessing would show one period's
 * hours on another's task.
 */
final class CurrentTasks {

    private CurrentTasks() {
    }

    static List<CurrentCshTask> of(List<FiledTask> tasks, LocalDate to) {
        Map<Community, List<FiledTask>> byCommunity = new LinkedHashMap<>();
        tasks.forEach(task -> byCommunity.computeIfAbsent(task.community(), c -> new ArrayList<>()).add(task));
        List<CurrentCshTask> current = new ArrayList<>();
        // a task multi-homed in two engagements is met twice, and is one task to write
        Set<String> seen = new HashSet<>();
        byCommunity.forEach((community, its) -> {
            List<FiledTask> holding = its.stream()
                    .filter(task -> task.period().map(period -> period.contains(to)).orElse(false)).toList();
            List<FiledTask> chosen = !holding.isEmpty() ? holding
                    : its.size() == 1 && its.get(0).period().isEmpty() ? its : List.of();
            chosen.stream().filter(task -> seen.add(task.task().gid())).forEach(task -> current.add(current(task)));
        });
        return current;
    }

    private static CurrentCshTask current(FiledTask filed) {
        return new CurrentCshTask(filed.task().gid(), filed.task().name(), filed.task().url(),
                filed.community().name(), Optional.ofNullable(filed.task().usedField()));
    }
}
