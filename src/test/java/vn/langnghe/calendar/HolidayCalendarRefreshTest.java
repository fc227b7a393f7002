package vn.langnghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A holiday another node added reaches this node's calendar once the refresh period has passed. */
class HolidayCalendarRefreshTest {

    private static final LocalDate DAY = LocalDate.of(2027, 11, 24);

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2027-11-01T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anotherNodesHolidayIsSeenAfterTheRefreshPeriod() {
        PublicHolidays table = mock(PublicHolidays.class);
        when(table.findAll()).thenReturn(List.of());
        HandClock clock = new HandClock();
        HolidayCalendar calendar = new HolidayCalendar(table, clock, 60);
        assertThat(calendar.workingDays().isWorkingDay(DAY)).isTrue();

        when(table.findAll()).thenReturn(List.of(new PublicHoliday(DAY, "Ngày Văn hóa Việt Nam")));
        clock.now = clock.now.plusSeconds(59);
        assertThat(calendar.workingDays().isWorkingDay(DAY)).as("still the copy read a minute ago").isTrue();

        clock.now = clock.now.plusSeconds(1);
        assertThat(calendar.workingDays().isWorkingDay(DAY)).isFalse();
    }
}
