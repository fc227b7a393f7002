package vn.langnghe.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.notification.Notification;
import vn.langnghe.notification.NotificationService;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.InboxTask;

/**
 * The mail of the day: the notifications a user chose to receive gathered, and the tasks they may work on that
 * are due within a few working days or overdue. One per user and day, whichever node makes it (a row in
 * {@code mail_digest} written with the mail); nothing is sent to a user with nothing to read.
 */
@Component
class DailyDigest {

    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final UserAccountService users;
    private final MailPreferences preferences;
    private final NotificationService notifications;
    private final Inbox inbox;
    private final MailText text;
    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    DailyDigest(JdbcTemplate jdbc, PlatformTransactionManager transactions, UserAccountService users,
            MailPreferences preferences, NotificationService notifications, Inbox inbox, MailText text,
            MailOutbox outbox, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.users = users;
        this.preferences = preferences;
        this.notifications = notifications;
        this.inbox = inbox;
        this.text = text;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the digest of {@code day} for every user with an address who has not had it yet. */
    void run(LocalDate day) {
        if (!outbox.enabled()) {
            return;
        }
        List<String> recipients = jdbc.queryForList("select r.username from mail_recipient r "
                + "join user_account u on u.username = r.username where u.enabled order by r.username", String.class);
        for (String username : recipients) {
            transactions.executeWithoutResult(status -> digest(username, day));
        }
    }

    private void digest(String username, LocalDate day) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("insert ignore into mail_digest (username, day, created_at) values (?, ?, ?)", username, day,
                now) == 0) {
            return;
        }
        SignedInUser user = users.loadUserByUsername(username);
        MailPreferences.Address address = preferences.address(user).orElseThrow();
        Locale locale = address.locale();
        Map<MailKind, Delivery> choices = preferences.choices(user);
        Timestamp previous = jdbc.queryForObject("select max(created_at) from mail_digest where username = ? and day < ?",
                Timestamp.class, username, day);
        List<String> events = new ArrayList<>();
        for (Notification n : notifications.since(user,
                previous == null ? clock.instant().minus(Duration.ofDays(1)) : previous.toInstant())) {
            if (MailKind.ofMessageKey(n.getMessageKey()).map(choices::get).orElse(Delivery.OFF) == Delivery.DIGEST) {
                events.add(text.line(n.getMessageKey(), n.getArguments(), locale) + " " + text.link(n.getDossierId()));
            }
        }
        List<String> tasks = choices.get(MailKind.TASKS_DUE) == Delivery.DIGEST ? dueTasks(user, locale) : List.of();
        List<MailText.Section> sections = new ArrayList<>();
        if (!tasks.isEmpty()) {
            sections.add(new MailText.Section(text.line("mail.digest.tasks", new Object[] {settings.dueWithinWorkingDays()},
                    locale), tasks));
        }
        if (!events.isEmpty()) {
            sections.add(new MailText.Section(text.line("mail.digest.events", null, locale), events));
        }
        if (!sections.isEmpty()) {
            outbox.put(username, address.email(), text.digest(user.fullName(), sections, locale));
        }
    }

    /** The user's tasks due within the window or overdue, soonest first (the inbox's own order). */
    private List<String> dueTasks(SignedInUser user, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            List<InboxTask> page = inbox.list(user, Inbox.Filter.NONE, offset, PAGE);
            for (InboxTask task : page) {
                if (task.due() == null) {
                    continue;
                }
                if (task.daysLeft() > settings.dueWithinWorkingDays()) {
                    return lines;
                }
                lines.add(line(task, locale));
            }
            if (page.size() < PAGE) {
                return lines;
            }
        }
    }

    private String line(InboxTask task, Locale locale) {
        String step = text.line("step." + task.step().name(), null, locale);
        String due = VietnamTime.DATE.format(ZonedDateTime.ofInstant(task.due(), VietnamTime.ZONE).toLocalDate());
        String key = task.overdue() ? "mail.digest.task.overdue" : "mail.digest.task.due";
        return text.line(key, new Object[] {step, String.valueOf(task.dossierId()), task.villageName(), task.commune(), due,
                Math.abs(task.daysLeft())}, locale) + " " + text.link(task.dossierId());
    }
}
