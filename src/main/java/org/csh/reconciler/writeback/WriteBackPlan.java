package org.csh.reconciler.writeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.CurrentCshTask;
import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * What the write-back changes in Asana, decided from one run's result alone: the number field {@code field} of each
 * current CSH task is to show its community's used hours for the contract period holding {@code to} (logged plus
 * estimated, period to date, as on the Summary), to two decimals.
 * <ul>
 * <li>A task whose field already shows that number (compared as numbers, to two decimals) is left alone, so a
 *     rerun writes nothing that did not change.</li>
 * <li>A task without the field, or whose field of that name holds no numbers, is a problem to tell, never a failure.</li>
 * <li>A community with no contract covering {@code to} has no period-to-date figure: its task is left as it is.</li>
 * </ul>
 *
 * @param updates         one per task to write, in the result's order
 * @param unchanged       tasks whose field already shows the used hours
 * @param problems        one line per task that lacks a usable field, naming the task and the field
 * @param withoutContract tasks of communities with no contract covering {@code to}, left as they are
 */
public record WriteBackPlan(String field, LocalDate to, List<FieldUpdate> updates, int unchanged,
        List<String> problems, int withoutContract) {

    public WriteBackPlan {
        updates = List.copyOf(updates);
        problems = List.copyOf(problems);
    }

    /**
     * Whether a run up to {@code to} may write back on {@code today}: only a range reaching today does. A look back
     * at an earlier range (a rerun of October, made in November) would put older, smaller figures on tasks that are
     * still current, until the next nightly run put them right.
     */
    public static boolean reachesToday(LocalDate to, LocalDate today) {
        return !to.isBefore(today);
    }

    public static WriteBackPlan of(ReconcileResult result, String field) {
        Map<String, CommunityStatus> statuses = new HashMap<>();
        result.communities().forEach(status -> statuses.putIfAbsent(status.community(), status));
        List<FieldUpdate> updates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int unchanged = 0;
        int withoutContract = 0;
        for (CurrentCshTask task : result.currentTasks()) {
            CommunityStatus status = statuses.get(task.community());
            if (status == null || status.period().isEmpty()) {
                withoutContract++;
                continue;
            }
            Optional<CustomFieldValue> found = task.usedField();
            if (found.isEmpty()) {
                problems.add(describe(task) + " has no custom field '" + field + "': add the number field to its project"
                        + " in Asana to show the used hours there; the task is left as it is");
                continue;
            }
            if (!found.get().holdsNumbers()) {
                problems.add(describe(task) + ": its custom field '" + field + "' is a " + found.get().type()
                        + " field, not a number field; make '" + field + "' a number field in Asana, or name another"
                        + " in csh.asana.write-back.used-field; the task is left as it is");
                continue;
            }
            BigDecimal used = status.usedHours().setScale(2, RoundingMode.HALF_UP);
            if (shows(found.get(), used)) {
                unchanged++;
            } else {
                updates.add(new FieldUpdate(task, found.get().gid(), used));
            }
        }
        return new WriteBackPlan(field, result.to(), updates, unchanged, problems, withoutContract);
    }

    /** How a log line names a task: {@code CSH task 'Community Success Hours – Q4 2026' of Mars University (url)}. */
    static String describe(CurrentCshTask task) {
        return "CSH task '" + task.name() + "' of " + task.community() + " (" + task.url() + ")";
    }

    /** Whether the field already holds {@code hours}; an empty field, or one holding no number, does not. */
    private static boolean shows(CustomFieldValue field, BigDecimal hours) {
        if (field.value() == null) {
            return false;
        }
        try {
            return new BigDecimal(field.value().strip()).setScale(2, RoundingMode.HALF_UP).compareTo(hours) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
