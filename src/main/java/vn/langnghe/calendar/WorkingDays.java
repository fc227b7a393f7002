package vn.langnghe.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic for civil-service deadlines: a working day is Monday to Friday
 * and not a public holiday. Immutable and thread-safe.
 *
 * <p>Saturdays are never working days here, including the make-up Saturdays (ngày làm bù)
 * that the Government sometimes swaps in for a bridge day.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    /** @param holidays the public holidays (days off); weekend dates in it are harmless */
    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    /** Monday–Friday and not a public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day on which {@code n} working days have passed after {@code start} (start itself
     * not counted). {@code n == 0} returns {@code start}. E.g. Friday + 1 is the next Monday
     * if that Monday is not a holiday.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public LocalDate plus(LocalDate start, int n) {
        return step(start, n, 1);
    }

    /**
     * The day {@code n} working days before {@code day}: the day from which {@link #plus}
     * with {@code n} would reach {@code day} (when {@code day} is a working day).
     * Used e.g. to flag a file 5 working days before its due date. {@code n == 0} returns {@code day}.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public LocalDate minus(LocalDate day, int n) {
        return step(day, n, -1);
    }

    /**
     * Working days in the half-open interval ({@code from}, {@code to}]: {@code from} is not
     * counted, {@code to} is. Returns 0 when {@code to} is on or before {@code from}.
     */
    public int between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate start, int n, int direction) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        LocalDate d = start;
        int remaining = n;
        while (remaining > 0) {
            d = d.plusDays(direction);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }
}
