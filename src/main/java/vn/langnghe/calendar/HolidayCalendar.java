package vn.langnghe.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working days in force, read from the holiday table and kept for a while: an administrator's change is
 * seen at once on the node that made it, and by every other node within {@code langnghe.calendar.refresh-seconds}
 * (60 by default), without asking the database on every due-date calculation.
 */
@Service
public class HolidayCalendar {

    private record Loaded(WorkingDays days, Instant at) {
    }

    private final PublicHolidays holidays;
    private final Clock clock;
    private final Duration refresh;
    private final AtomicReference<Loaded> current = new AtomicReference<>();

    HolidayCalendar(PublicHolidays holidays, Clock clock,
            @Value("${langnghe.calendar.refresh-seconds:60}") long refreshSeconds) {
        this.holidays = holidays;
        this.clock = clock;
        this.refresh = Duration.ofSeconds(refreshSeconds);
    }

    public WorkingDays workingDays() {
        Loaded loaded = current.get();
        return loaded != null && loaded.at().plus(refresh).isAfter(clock.instant()) ? loaded.days() : reload();
    }

    private WorkingDays reload() {
        WorkingDays days = new WorkingDays(holidays.findAll().stream().map(PublicHoliday::getDay).toList());
        current.set(new Loaded(days, clock.instant()));
        return days;
    }

    @Transactional
    public void add(PublicHoliday holiday) {
        holidays.save(holiday);
        reload();
    }

    @Transactional
    public void remove(LocalDate day) {
        holidays.deleteById(day);
        reload();
    }
}
