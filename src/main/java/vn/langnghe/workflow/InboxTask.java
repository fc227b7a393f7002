package vn.langnghe.workflow;

import java.time.Instant;
import vn.langnghe.criteria.Title;

/**
 * A task as the inbox shows it, with enough of its dossier to choose what to do next. A task of the
 * revocation procedure concerns a registry entry, not a dossier: {@code dossierId} is then null and
 * {@code villageId} names the entry (null for every other task).
 *
 * @param daysLeft working days until the task is due (negative when overdue)
 */
public record InboxTask(String id, Step step, Long dossierId, String assignee, Instant due, int daysLeft,
        boolean nearDue, boolean overdue, Title title, String villageName, String commune, Long villageId) {
}
