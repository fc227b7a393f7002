package vn.langnghe.village;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's yearly cycle ({@code langnghe.yearly-cycle.*}, days as {@code MM-dd}): on {@code reportOpens} every
 * commune with recognised villages is asked for last year's report, due on {@code reportDue}, reminded
 * {@code reminderDays} before it; on {@code reviewStarts} the annual review of that year begins by itself.
 */
@ConfigurationProperties("langnghe.yearly-cycle")
public record YearlyCycle(@DefaultValue("01-15") String reportOpens, @DefaultValue("03-31") String reportDue,
        @DefaultValue("04-01") String reviewStarts, @DefaultValue("14") int reminderDays) {

    public YearlyCycle {
        day(reportOpens);
        day(reportDue);
        day(reviewStarts);
    }

    /** The day the reports on {@code year} are asked for (in the year after it). */
    public LocalDate reportOpensFor(int year) {
        return day(reportOpens).atYear(year + 1);
    }

    /** The last day to file the report on {@code year}. */
    public LocalDate reportDueFor(int year) {
        return day(reportDue).atYear(year + 1);
    }

    /** The day the annual review of {@code year} starts by itself. */
    public LocalDate reviewStartsFor(int year) {
        return day(reviewStarts).atYear(year + 1);
    }

    private static MonthDay day(String monthDay) {
        return MonthDay.parse("--" + monthDay);
    }
}
