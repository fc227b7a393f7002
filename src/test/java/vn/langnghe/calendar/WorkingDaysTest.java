package vn.langnghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays NO_HOLIDAYS = new WorkingDays(List.of());

    /** Weekdays off for Tết Bính Ngọ 2026 (break 14/2–22/2/2026). */
    private static final List<LocalDate> TET_2026 = List.of(
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void weekendsAreNotWorkingDaysButWeekdaysAre() {
        assertThat(NO_HOLIDAYS.isWorkingDay(FRIDAY)).isTrue();
        assertThat(NO_HOLIDAYS.isWorkingDay(SATURDAY)).isFalse();
        assertThat(NO_HOLIDAYS.isWorkingDay(SUNDAY)).isFalse();
        assertThat(NO_HOLIDAYS.isWorkingDay(MONDAY)).isTrue();
    }

    @Test
    void fridayPlusOneWorkingDayIsTheNextMonday() {
        assertThat(NO_HOLIDAYS.plus(FRIDAY, 1)).isEqualTo(MONDAY);
        assertThat(NO_HOLIDAYS.plus(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(NO_HOLIDAYS.minus(MONDAY, 1)).isEqualTo(FRIDAY);
    }

    @Test
    void aHolidayIsNotAWorkingDayAndIsSkipped() {
        LocalDate wednesday = LocalDate.of(2026, 4, 29);
        LocalDate victoryDay = LocalDate.of(2026, 4, 30);   // thứ Năm
        LocalDate labourDay = LocalDate.of(2026, 5, 1);     // thứ Sáu
        WorkingDays days = new WorkingDays(List.of(victoryDay, labourDay));

        assertThat(days.isWorkingDay(victoryDay)).isFalse();
        assertThat(days.plus(wednesday, 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(days.minus(LocalDate.of(2026, 5, 4), 1)).isEqualTo(wednesday);
        assertThat(days.between(wednesday, LocalDate.of(2026, 5, 4))).isEqualTo(1);
    }

    @Test
    void zeroDaysReturnsTheSameDayEvenOnAWeekend() {
        assertThat(NO_HOLIDAYS.plus(SATURDAY, 0)).isEqualTo(SATURDAY);
        assertThat(NO_HOLIDAYS.minus(SUNDAY, 0)).isEqualTo(SUNDAY);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> NO_HOLIDAYS.plus(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NO_HOLIDAYS.minus(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void betweenIsZeroForEqualOrReversedDates() {
        assertThat(NO_HOLIDAYS.between(MONDAY, MONDAY)).isZero();
        assertThat(NO_HOLIDAYS.between(MONDAY, FRIDAY)).isZero();
        assertThat(NO_HOLIDAYS.between(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1))).isZero();
    }

    @Test
    void betweenCountsTheEndDayButNotTheStartDay() {
        assertThat(NO_HOLIDAYS.between(FRIDAY, MONDAY)).isEqualTo(1);
        assertThat(NO_HOLIDAYS.between(MONDAY, MONDAY.plusDays(7))).isEqualTo(5);
    }

    @Test
    void tetBinhNgo2026PushesA30WorkingDayDeadlineOutByOneWeek() {
        LocalDate received = LocalDate.of(2026, 2, 2); // thứ Hai

        assertThat(NO_HOLIDAYS.plus(received, 30)).isEqualTo(LocalDate.of(2026, 3, 16));
        WorkingDays withTet = new WorkingDays(TET_2026);
        LocalDate due = withTet.plus(received, 30);
        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(withTet.between(received, due)).isEqualTo(30);
        assertThat(withTet.minus(due, 5)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void plusMinusAndBetweenAgreeOverARangeOfDates() {
        List<LocalDate> holidays = new java.util.ArrayList<>(TET_2026);
        holidays.add(LocalDate.of(2026, 1, 1));
        holidays.add(LocalDate.of(2026, 1, 2));
        holidays.add(LocalDate.of(2026, 2, 21)); // a weekend date in the list must be harmless
        WorkingDays days = new WorkingDays(holidays);

        int checked = 0;
        for (LocalDate start = LocalDate.of(2025, 12, 1); start.isBefore(LocalDate.of(2026, 3, 31));
                start = start.plusDays(1)) {
            for (int n = 0; n <= 45; n++) {
                LocalDate end = days.plus(start, n);
                assertThat(days.between(start, end)).as("between(%s, plus(%s, %d))", start, start, n).isEqualTo(n);
                if (n > 0) {
                    assertThat(days.isWorkingDay(end)).as("plus(%s, %d) = %s", start, n, end).isTrue();
                    assertThat(days.between(start, end.minusDays(1))).isEqualTo(n - 1);
                }
                if (days.isWorkingDay(start)) {
                    assertThat(days.minus(end, n)).as("minus(plus(%s, %d))", start, n).isEqualTo(start);
                    LocalDate back = days.minus(start, n);
                    assertThat(days.plus(back, n)).as("plus(minus(%s, %d))", start, n).isEqualTo(start);
                    assertThat(days.between(back, start)).isEqualTo(n);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }
}
