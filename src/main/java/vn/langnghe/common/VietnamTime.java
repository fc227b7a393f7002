package vn.langnghe.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Vietnam's time zone and the way dates are written (dd/MM/yyyy), whatever the server's settings. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private VietnamTime() {
    }

    /** The last second of a day in Vietnam: a deadline on that day is met until then. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }

    /** The start of office hours on a day in Vietnam. */
    public static Date officeOpening(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(7, 30)).atZone(ZONE).toInstant());
    }
}
