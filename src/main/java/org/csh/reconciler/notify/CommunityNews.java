package org.csh.reconciler.notify;

import java.util.Optional;

import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.Status;

/**
 * One line of the email: a community's figures now and how its status moved since the last email.
 *
 * @param lastSent the status the last email gave it; empty when that email did not mention it
 */
public record CommunityNews(CommunityStatus now, Optional<Status> lastSent, Change change) {

    public String community() {
        return now.community();
    }

    public Status status() {
        return now.status();
    }

    /** What changed since the last email, in words for BD. */
    public String changeText() {
        switch (change) {
            case NEW_FLAG:
                return lastSent.map(s -> "new flag (was " + s + ")").orElse("new flag");
            case CHANGED_FLAG:
                return "changed from " + lastSent.map(Status::name).orElse("?");
            case CLEARED:
                return "cleared (was " + lastSent.map(Status::name).orElse("?") + ")";
            case UNCHANGED:
                return "unchanged";
            default:
                return "not compared (an earlier range than the last email)";
        }
    }
}
