package vn.langnghe.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mail, one row per transaction: the row is locked ({@code for update skip locked}, so
 * another node takes the next one), handed to the SMTP server, and marked sent before the lock is released.
 * A failure leaves the row for a later attempt, waiting twice as long after each; the user whose action wrote
 * the mail never waits for SMTP. The only way a mail goes twice is the server taking it and this node dying
 * before its commit.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private record Row(long id, String recipient, String subject, String body, int attempts) {
    }

    private enum Result { SENT, FAILED, NONE }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailer;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mailer,
            MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now; stops at the first failure (the server is likely down). Returns how many went. */
    public int sendDue() {
        return sendDue(clock.instant());
    }

    int sendDue(Instant now) {
        JavaMailSender sender = mailer.getIfAvailable();
        int sent = 0;
        Result result = Result.SENT;
        while (sender != null && result == Result.SENT) {
            result = transactions.execute(status -> sendOne(sender, now));
            sent += result == Result.SENT ? 1 : 0;
        }
        return sent;
    }

    private Result sendOne(JavaMailSender sender, Instant now) {
        List<Row> due = jdbc.query("""
                select id, recipient, subject, body, attempts from mail_outbox
                where sent_at is null and given_up_at is null and next_attempt_at <= ?
                order by next_attempt_at, id limit 1 for update skip locked
                """, (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                Timestamp.from(now));
        if (due.isEmpty()) {
            return Result.NONE;
        }
        Row row = due.get(0);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(row.recipient());
            helper.setSubject(row.subject());
            helper.setText(row.body());
            message.setHeader("X-LangNghe-Outbox-Id", String.valueOf(row.id()));
            sender.send(message);
        } catch (MailException | MessagingException e) {
            failed(row, now, e);
            return Result.FAILED;
        }
        jdbc.update("update mail_outbox set sent_at = ?, attempts = attempts + 1 where id = ?",
                Timestamp.from(clock.instant()), row.id());
        return Result.SENT;
    }

    private void failed(Row row, Instant now, Exception e) {
        int attempts = row.attempts() + 1;
        String error = String.valueOf(e.getMessage());
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= settings.maxAttempts()) {
            LOG.error("Mail {} to {} given up after {} attempts: {}", row.id(), row.recipient(), attempts, error);
            jdbc.update("update mail_outbox set attempts = ?, last_error = ?, given_up_at = ? where id = ?", attempts,
                    error, Timestamp.from(now), row.id());
            return;
        }
        Duration wait = backOff(attempts);
        LOG.warn("Mail {} to {} not sent (attempt {}), next try in {}: {}", row.id(), row.recipient(), attempts, wait,
                error);
        jdbc.update("update mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?", attempts,
                error, Timestamp.from(now.plus(wait)), row.id());
    }

    /** The wait after the n-th failure: the first wait, doubled n − 1 times, at most the longest wait. */
    Duration backOff(int failures) {
        Duration wait = settings.retryFirst();
        for (int i = 1; i < failures && wait.compareTo(settings.retryLongest()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.retryLongest()) > 0 ? settings.retryLongest() : wait;
    }
}
