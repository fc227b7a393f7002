package vn.langnghe.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.langnghe.identity.Role;
import vn.langnghe.notification.Notification;
import vn.langnghe.notification.NotificationWritten;

/**
 * Puts mail in the outbox, in the transaction of whatever caused it, so a mail exists exactly when its cause
 * committed; {@link OutboxSender} sends it afterwards. Without an SMTP server nothing is written.
 */
@Component
class MailOutbox {

    private final JdbcTemplate jdbc;
    private final MailText text;
    private final Clock clock;
    private final boolean enabled;

    MailOutbox(JdbcTemplate jdbc, MailText text, Clock clock, ObjectProvider<JavaMailSender> mailer) {
        this.jdbc = jdbc;
        this.text = text;
        this.clock = clock;
        this.enabled = mailer.getIfAvailable() != null;
    }

    boolean enabled() {
        return enabled;
    }

    /** A mail to every user the notification concerns who has an address and wants this kind at once. */
    @EventListener
    void on(NotificationWritten event) {
        Notification notification = event.notification();
        MailKind kind = MailKind.ofMessageKey(notification.getMessageKey()).orElse(null);
        if (!enabled || kind == null) {
            return;
        }
        jdbc.query("""
                select u.username, u.full_name, r.email, r.language, coalesce(p.delivery, d.delivery)
                from user_account u
                join mail_recipient r on r.username = u.username
                left join mail_preference p on p.username = u.username and p.kind = ?
                left join mail_default d on d.kind = ?
                where u.enabled and (u.role = ? or (u.role = ? and u.commune_id = ?))
                """, rs -> {
            String delivery = rs.getString(5);
            if ((delivery == null ? kind.builtInDefault() : Delivery.valueOf(delivery)) == Delivery.IMMEDIATE) {
                MailPreferences.Address address = new MailPreferences.Address(rs.getString(3), rs.getString(4));
                String line = text.line(notification.getMessageKey(), notification.getArguments(), address.locale());
                put(rs.getString(1), address.email(), text.single(rs.getString(2), line, notification.getDossierId(),
                        address.locale()));
            }
        }, kind.name(), kind.name(), notification.getRecipientRole(), Role.COMMUNE_OFFICER.name(),
                notification.getRecipientCommuneId());
    }

    void put(String username, String email, MailText.Mail mail) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("insert into mail_outbox (username, recipient, subject, body, created_at, next_attempt_at) "
                + "values (?, ?, ?, ?, ?, ?)", username, email, mail.subject(), mail.body(), now, now);
    }
}
