package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.Engagement;

/**
 * The period of every CSH task: its {@code start_on}..{@code due_on}, a missing end taken from its project's dates.
 * A date that is not one, a period ending before it starts, and two periods of one community that overlap are
 * {@code INVALID_DATA}; such a task is left without a period rather than guessed.
 */
final class TaskPeriods {

    private TaskPeriods() {
    }

    static List<FiledTask> of(List<Engagement> engagements, EngagementCommunities.Resolution communities,
            FindingSink sink) {
        List<FiledTask> tasks = new ArrayList<>();
        for (Engagement engagement : engagements) {
            for (CshTask task : engagement.cshTasks()) {
                FiledTask filed = new FiledTask(task, engagement, communities.of(engagement),
                        period(task, engagement, sink, communities));
                tasks.add(filed);
            }
        }
        reportOverlaps(tasks, sink);
        return tasks;
    }

    private static Optional<TaskPeriod> period(CshTask task, Engagement engagement, FindingSink sink,
            EngagementCommunities.Resolution communities) {
        Problems problems = new Problems(task, engagement, sink, communities);
        Optional<LocalDate> start = problems.date("start_on", task.startOn(), engagement.startOn());
        Optional<LocalDate> end = problems.date("due_on", task.dueOn(), engagement.dueOn());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            problems.report("its period ends on " + end.get() + ", before it starts on " + start.get()
                    + "; the task has no period until the dates are corrected");
            return Optional.empty();
        }
        return Optional.of(new TaskPeriod(start.get(), end.get()));
    }

    private static void reportOverlaps(List<FiledTask> tasks, FindingSink sink) {
        for (int i = 0; i < tasks.size(); i++) {
            for (int j = i + 1; j < tasks.size(); j++) {
                FiledTask a = tasks.get(i);
                FiledTask b = tasks.get(j);
                if (a.community().equals(b.community()) && a.period().isPresent() && b.period().isPresent()
                        && a.period().get().overlaps(b.period().get())) {
                    sink.add(Finding.Code.INVALID_DATA, Optional.of(a.community()), b.task().url(), "CSH tasks "
                            + a.describe() + " and " + b.describe() + " of " + a.community().name()
                            + " overlap: each day belongs to one period; correct their dates");
                }
            }
        }
    }

    /** Reports a CSH task's unusable dates. */
    private record Problems(CshTask task, Engagement engagement, FindingSink sink,
            EngagementCommunities.Resolution communities) {

        /** The task's own date, else its project's; empty when neither is set or the one that decides is no date. */
        Optional<LocalDate> date(String field, String own, String project) {
            boolean hasOwn = own != null && !own.isBlank();
            String raw = hasOwn ? own : project;
            if (raw == null || raw.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(raw.strip()));
            } catch (DateTimeParseException e) {
                report((hasOwn ? "" : "its project's ") + field + " '" + raw + "' is not a date (YYYY-MM-DD);"
                        + " the task has no period until it is corrected");
                return Optional.empty();
            }
        }

        void report(String problem) {
            sink.add(Finding.Code.INVALID_DATA, Optional.of(communities.of(engagement)), task.url(),
                    "CSH task '" + task.name() + "': " + problem);
        }
    }
}
