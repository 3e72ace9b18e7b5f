package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 7: an Asana work item delivered on a date outside the period of the CSH task it sits under is
 * {@code WRONG_TASK}, naming the CSH task of its community whose period holds the date, or saying none does.
 * Status still counts it by its delivery date (rule 6), whatever task it sits under.
 */
final class WrongTaskRule {

    private final Map<String, FiledTask> byGid = new HashMap<>();
    private final List<FiledTask> tasks;

    WrongTaskRule(List<FiledTask> tasks) {
        this.tasks = tasks;
        tasks.forEach(filed -> byGid.putIfAbsent(filed.task().gid(), filed));
    }

    void apply(ItemDraft draft) {
        if (draft.state != ItemState.COMPLETED || draft.completedOn.isEmpty()) {
            return;
        }
        Optional<FiledTask> filed = draft.asana().flatMap(AsanaEntry::task).map(task -> byGid.get(task.gid()));
        if (filed.isEmpty() || filed.get().period().isEmpty()) {
            return;
        }
        LocalDate on = draft.completedOn.get();
        if (filed.get().period().get().contains(on)) {
            return;
        }
        Optional<FiledTask> right = tasks.stream()
                .filter(t -> t.community().equals(filed.get().community()))
                .filter(t -> t.period().isPresent() && t.period().get().contains(on))
                .findFirst();
        draft.flag(Finding.Code.WRONG_TASK, "delivered on " + on + ", outside the period of its CSH task "
                + filed.get().describe() + right.map(t -> "; file it under " + t.describe())
                        .orElse("; no CSH task of " + filed.get().community().name() + " holds that date"));
    }
}
