package vn.langnghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the seed rows of the Flyway migration V4__public_holidays.sql. */
class PublicHolidaySeedTest {

    private static final String MIGRATION = "/db/migration/V4__public_holidays.sql";
    private static final Pattern DATE = Pattern.compile("'(\\d{4}-\\d{2}-\\d{2})'");
    private static final Pattern ROW =
            Pattern.compile("\\(\\s*'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*'([^']*)'\\s*\\)");

    /** Mồng 1 Tết per year (2025, 2026 announced; 2027 computed). */
    private static final Map<Integer, LocalDate> LUNAR_NEW_YEAR = Map.of(
            2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6));

    private static List<LocalDate> dates;
    private static Map<LocalDate, String> names;

    @BeforeAll
    static void parseMigration() throws IOException {
        String sql;
        try (InputStream in = PublicHolidaySeedTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION + " on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = sql.replaceAll("(?m)--.*$", ""); // drop SQL comments
        dates = new ArrayList<>();
        Matcher d = DATE.matcher(code);
        while (d.find()) {
            dates.add(LocalDate.parse(d.group(1)));
        }
        names = new HashMap<>();
        Matcher r = ROW.matcher(code);
        while (r.find()) {
            names.put(LocalDate.parse(r.group(1)), r.group(2));
        }
    }

    @Test
    void seedHasRowsAndEveryDateIsAWellFormedRow() {
        assertThat(dates).hasSizeGreaterThan(30);
        assertThat(names).hasSameSizeAs(dates);
        assertThat(names.values()).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void noDateIsListedTwice() {
        assertThat(dates).doesNotHaveDuplicates();
    }

    @Test
    void allDatesAreIn2025To2027() {
        assertThat(dates).allSatisfy(day -> assertThat(day.getYear()).isBetween(2025, 2027));
    }

    @Test
    void tetCoversTheFirstThreeDaysOfEachLunarNewYear() {
        LUNAR_NEW_YEAR.forEach((year, mong1) -> {
            for (int i = 0; i < 3; i++) {
                LocalDate day = mong1.plusDays(i);
                assertThat(names).as("mồng %d Tết %d", i + 1, year).containsKey(day);
                assertThat(names.get(day)).contains("Tết Nguyên đán");
            }
        });
    }

    @Test
    void nationalDayAndNewYearsDayArePresentEveryYear() {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(names).containsKey(LocalDate.of(year, 9, 2));
            assertThat(names.get(LocalDate.of(year, 9, 2))).isEqualTo("Quốc khánh 2/9");
            assertThat(names).containsKey(LocalDate.of(year, 1, 1));
            assertThat(names.get(LocalDate.of(year, 1, 1))).isEqualTo("Tết Dương lịch");
        }
    }
}
