package vn.langnghe.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.DossierProgressed;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.workflow.TaskArrived;
import vn.langnghe.workflow.TaskEscalated;
import vn.langnghe.workflow.YearlyReportsOverdue;
import vn.langnghe.workflow.YearlyReportsRequested;

/**
 * Writes a notification for every event the users care about, in the transaction of the event, and
 * reads them back per user. A commune officer sees their commune's; a provincial user their role's. Each one
 * written is announced as {@link NotificationWritten}, in the same transaction, for the mail.
 */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final Notifications notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NotificationService(Notifications notifications, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
    }

    /** A notification as shown: its text key and arguments, and whether this user has read it. */
    public record Item(Notification notification, boolean read) {
    }

    @Transactional(readOnly = true)
    public List<Item> latest(SignedInUser user, int limit) {
        List<Notification> list = notifications.forRecipient(user.role().name(), communeOf(user),
                PageRequest.of(0, limit));
        Set<Long> read = list.isEmpty() ? Set.of()
                : new HashSet<>(notifications.readAmong(user.username(), list.stream().map(Notification::getId).toList()));
        return list.stream().map(n -> new Item(n, read.contains(n.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long unread(SignedInUser user) {
        return notifications.unread(user.role().name(), communeOf(user), user.username());
    }

    /** The user's notifications written after {@code after}, oldest first; empty when there are none. */
    @Transactional(readOnly = true)
    public List<Notification> since(SignedInUser user, Instant after) {
        return notifications.forRecipientSince(user.role().name(), communeOf(user), after);
    }

    public void markAllRead(SignedInUser user) {
        notifications.markAllRead(user.role().name(), communeOf(user), user.username());
    }

    @EventListener
    void on(DossierProgressed event) {
        String key = "notification.dossier." + event.kind().name();
        List<String> arguments = switch (event.kind()) {
            case ACCEPTED -> List.of(String.valueOf(event.dossierId()));
            case RETURNED -> List.of(String.valueOf(event.dossierId()), event.reason(), date(event.deadline()));
            case WITHDRAWN -> List.of(String.valueOf(event.dossierId()), date(event.deadline()));
            case NOT_RECOMMENDED -> List.of(String.valueOf(event.dossierId()));
            case RECOGNISED, REJECTED -> List.of(String.valueOf(event.dossierId()), event.reason());
        };
        write(new Notification(null, event.communeId(), key, arguments, event.dossierId(), clock.instant()));
    }

    /**
     * A role's notification, or the commune's when the task is for its officers: never the commune officer
     * role as a whole, which would tell every commune of another's review.
     */
    @EventListener
    void on(TaskArrived event) {
        boolean forCommune = Role.COMMUNE_OFFICER.name().equals(event.candidateGroup());
        if (forCommune && event.communeId() == null) {
            log.warn("Not notified: a commune officers' task without its commune: {}", event);
            return;
        }
        String subject = event.dossierId() != null ? String.valueOf(event.dossierId())
                : String.valueOf(event.villageName());
        write(new Notification(forCommune ? null : event.candidateGroup(), forCommune ? event.communeId() : null,
                "notification.task.arrived." + event.step().name(), List.of(subject), event.dossierId(),
                clock.instant()));
    }

    @EventListener
    void on(TaskEscalated event) {
        write(new Notification(Role.LEADER.name(), null, "notification.task.escalated." + event.step().name(),
                List.of(String.valueOf(event.dossierId())), event.dossierId(), clock.instant()));
    }

    @EventListener
    void on(YearlyReportsRequested event) {
        String key = event.reminder() ? "notification.cycle.reminder" : "notification.cycle.requested";
        for (Long commune : event.communeIds()) {
            write(new Notification(null, commune, key, List.of(String.valueOf(event.year()), date(event.due())), null,
                    clock.instant()));
        }
    }

    @EventListener
    void on(YearlyReportsOverdue event) {
        write(new Notification(Role.PROVINCIAL_STAFF.name(), null, "notification.cycle.overdue",
                List.of(String.valueOf(event.year()), date(event.due()), String.join(", ", event.communes())), null,
                clock.instant()));
    }

    private void write(Notification notification) {
        events.publishEvent(new NotificationWritten(notifications.save(notification)));
    }

    /** Commune officers read their commune's notifications; nobody else reads by commune. */
    private static Long communeOf(SignedInUser user) {
        return user.role() == Role.COMMUNE_OFFICER ? user.communeId() : -1L;
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : VietnamTime.DATE.format(day);
    }
}
