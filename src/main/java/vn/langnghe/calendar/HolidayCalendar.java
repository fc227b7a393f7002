package vn.langnghe.calendar;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working days in force: read from the holiday table once, and again after an administrator
 * changes it (on this node; other nodes see the change after {@link #reload()} or a restart).
 */
@Service
public class HolidayCalendar {

    private final PublicHolidays holidays;
    private final AtomicReference<WorkingDays> current = new AtomicReference<>();

    HolidayCalendar(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public WorkingDays workingDays() {
        WorkingDays days = current.get();
        return days != null ? days : reload();
    }

    public WorkingDays reload() {
        WorkingDays days = new WorkingDays(holidays.findAll().stream().map(PublicHoliday::getDay).toList());
        current.set(days);
        return days;
    }

    @Transactional
    public void add(PublicHoliday holiday) {
        holidays.save(holiday);
        reload();
    }

    @Transactional
    public void remove(java.time.LocalDate day) {
        holidays.deleteById(day);
        reload();
    }
}
