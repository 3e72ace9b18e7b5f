package org.csh.reconciler.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;

/**
 * What BD should hear after a run: every flagged community, and every flag cleared, each compared with what
 * the last email SENT told them (not the last run: a run whose email failed has told them nothing).
 *
 * @param lines               flagged communities (most serious status first), then cleared ones
 * @param behindLastEmail     the run ends before the range the last email reported on (a look back at the past):
 *                            it is not news, and it must not become the baseline of the next email
 */
public record BdNews(LocalDate from, LocalDate to, List<CommunityNews> lines, boolean behindLastEmail) {

    private static final Comparator<CommunityNews> ORDER = Comparator
            .comparing((CommunityNews n) -> n.change() == Change.CLEARED)
            .thenComparing(n -> severity(n.status()))
            .thenComparing(n -> n.community().toLowerCase(java.util.Locale.ROOT));

    public BdNews {
        lines = List.copyOf(lines);
    }

    /** Compares the run's statuses with those the last email sent (empty when none was ever sent). */
    public static BdNews since(List<SentStatus> lastEmail, ReconcileResult result) {
        Map<String, SentStatus> sent = lastEmail.stream()
                .collect(Collectors.toMap(SentStatus::community, Function.identity(), (a, b) -> b));
        boolean behind = lastEmail.stream().map(SentStatus::to).max(Comparator.naturalOrder())
                .map(lastTo -> result.to().isBefore(lastTo)).orElse(false);
        List<CommunityNews> lines = new ArrayList<>();
        for (CommunityStatus now : result.communities()) {
            Optional<Status> before = Optional.ofNullable(sent.get(now.community())).map(SentStatus::status);
            Change change = behind ? Change.NOT_COMPARED : change(before, now.status());
            if (now.isFlagged() || change == Change.CLEARED) {
                lines.add(new CommunityNews(now, before, change));
            }
        }
        lines.sort(ORDER);
        return new BdNews(result.from(), result.to(), lines, behind);
    }

    private static Change change(Optional<Status> before, Status now) {
        boolean wasFlagged = before.filter(s -> s != Status.OK).isPresent();
        if (now == Status.OK) {
            return wasFlagged ? Change.CLEARED : Change.UNCHANGED;
        }
        if (!wasFlagged) {
            return Change.NEW_FLAG;
        }
        return before.get() == now ? Change.UNCHANGED : Change.CHANGED_FLAG;
    }

    /** Whether any status moved since the last email: a new, changed or cleared flag. */
    public boolean hasNews() {
        return lines.stream().anyMatch(line -> line.change().isNews());
    }

    /** Send when there is news, or on every run when {@code always} is set ({@code csh.mail.always}). */
    public boolean worthSending(boolean always) {
        return always || hasNews();
    }

    /** Whether this email, once sent, is what the next one is compared with. */
    public boolean becomesBaseline() {
        return !behindLastEmail;
    }

    public List<CommunityNews> flagged() {
        return lines.stream().filter(line -> line.status() != Status.OK).toList();
    }

    public List<CommunityNews> cleared() {
        return lines.stream().filter(line -> line.change() == Change.CLEARED).toList();
    }

    public long count(Status status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }

    private static int severity(Status status) {
        switch (status) {
            case EXCEEDING:
                return 0;
            case UNDERUSING:
                return 1;
            case NO_CONTRACT:
                return 2;
            default:
                return 3;
        }
    }
}
