package vn.langnghe.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void longFormFollowsDecree30() {
        assertEquals("ngày 22 tháng 11 năm 2026", VietnameseDates.longForm(LocalDate.of(2026, 11, 22)));
        assertEquals("ngày 16 tháng 6 năm 2025", VietnameseDates.longForm(LocalDate.of(2025, 6, 16)));
        // Days below 10 and the months January and February take a leading zero.
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseDates.longForm(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 01 tháng 7 năm 2025", VietnameseDates.longForm(LocalDate.of(2025, 7, 1)));
        assertEquals("ngày 31 tháng 01 năm 2027", VietnameseDates.longForm(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void shortFormIsDayMonthYear() {
        assertEquals("22/11/2026", VietnameseDates.shortForm(LocalDate.of(2026, 11, 22)));
        assertEquals("05/02/2026", VietnameseDates.shortForm(LocalDate.of(2026, 2, 5)));
    }

    @Test
    void placeAndDate() {
        assertEquals("Phú Thọ, ngày 22 tháng 11 năm 2026",
            VietnameseDates.placeAndDate("Phú Thọ", LocalDate.of(2026, 11, 22)));
    }
}
