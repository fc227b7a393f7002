package vn.langnghe.notification.mail;

import java.util.Optional;

/**
 * What a mail is about, the unit of a user's choice: each event the bell shows, and the daily list of tasks
 * due soon or overdue. {@link #TASKS_DUE} only ever comes in the digest.
 */
public enum MailKind {
    DOSSIER_ACCEPTED,
    DOSSIER_RETURNED,
    DOSSIER_WITHDRAWN,
    DOSSIER_NOT_RECOMMENDED,
    DOSSIER_RECOGNISED,
    DOSSIER_REJECTED,
    TASK_ARRIVED,
    TASK_ESCALATED,
    /** The yearly cycle: a commune asked for or reminded of its yearly report, the statistician told of those late. */
    YEARLY_REPORT,
    TASKS_DUE;

    private static final String DOSSIER = "notification.dossier.";

    /** The kind of a notification by its message key; empty for a key no mail is sent for. */
    public static Optional<MailKind> ofMessageKey(String key) {
        if (key.startsWith(DOSSIER)) {
            return Optional.of(valueOf("DOSSIER_" + key.substring(DOSSIER.length())));
        }
        if (key.startsWith("notification.task.arrived.")) {
            return Optional.of(TASK_ARRIVED);
        }
        if (key.startsWith("notification.task.escalated.")) {
            return Optional.of(TASK_ESCALATED);
        }
        if (key.startsWith("notification.cycle.")) {
            return Optional.of(YEARLY_REPORT);
        }
        return Optional.empty();
    }

    /** Without a choice of the user or the administrator: events at once, the due tasks in the digest. */
    Delivery builtInDefault() {
        return this == TASKS_DUE ? Delivery.DIGEST : Delivery.IMMEDIATE;
    }
}
