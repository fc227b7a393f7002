package vn.langnghe.notification.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.langnghe.calendar.HolidayCalendar;
import vn.langnghe.common.VietnamTime;

/**
 * Every node sends the outbox and makes the digest on its own; the row locks and the digest's table keep a mail
 * from going twice. Tests turn this off ({@code langnghe.mail.scheduled=false}) and call the two directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "langnghe.mail.scheduled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

    private final OutboxSender sender;
    private final DailyDigest digest;
    private final HolidayCalendar calendar;
    private final MailSettings settings;
    private final Clock clock;
    private volatile LocalDate digestDone;

    MailSchedule(OutboxSender sender, DailyDigest digest, HolidayCalendar calendar, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.digest = digest;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${langnghe.mail.poll-interval:30s}", initialDelayString = "${langnghe.mail.poll-interval:30s}")
    void send() {
        sender.sendDue();
    }

    /** Once a working day, at the digest time or at the first minute after it this node is up. */
    @Scheduled(cron = "0 * * * * *", zone = "Asia/Ho_Chi_Minh")
    void digest() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(VietnamTime.ZONE));
        LocalDate today = now.toLocalDate();
        if (!today.equals(digestDone) && !now.toLocalTime().isBefore(settings.digestTime())
                && calendar.workingDays().isWorkingDay(today)) {
            digest.run(today);
            digestDone = today;
            sender.sendDue();
        }
    }
}
