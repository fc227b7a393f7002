package vn.langnghe.criteria;

/**
 * The production value of a village for one calendar year.
 *
 * @param year  the calendar year
 * @param value the production value in VND; zero means no production that year
 */
public record YearlyProduction(int year, long value) {
}
