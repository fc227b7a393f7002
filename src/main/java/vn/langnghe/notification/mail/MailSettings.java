package vn.langnghe.notification.mail;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail ({@code langnghe.mail.*}); the SMTP server itself is {@code spring.mail.host} and its siblings, and
 * without it no mail is written or sent.
 *
 * @param baseUrl the address users open the application at, for the links in mails
 * @param from the sender of every mail
 * @param pollInterval how often the sender looks for mail to send
 * @param retryFirst the wait after a first failed attempt; it doubles with every further failure
 * @param retryLongest the longest wait between two attempts
 * @param maxAttempts after this many failures a mail is given up (and logged)
 * @param digestTime when the daily digest goes out (Vietnam time), on working days
 * @param dueWithinWorkingDays the digest lists tasks due within this many working days, and overdue ones
 */
@ConfigurationProperties("langnghe.mail")
public record MailSettings(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Làng Nghề <khong-tra-loi@localhost>") String from,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("1m") Duration retryFirst,
        @DefaultValue("6h") Duration retryLongest,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("07:00") LocalTime digestTime,
        @DefaultValue("5") int dueWithinWorkingDays) {
}
