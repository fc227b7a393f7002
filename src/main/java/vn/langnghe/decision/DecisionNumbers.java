package vn.langnghe.decision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly series of decision numbers. One row per year holds the last number given; taking a number
 * increments it under the row lock, which is held to the end of the approving transaction. Two approvals
 * at once therefore queue for the number, and one rolled back gives its number back: no duplicates and no
 * gaps.
 */
@Component
class DecisionNumbers {

    private final JdbcTemplate jdbc;
    private final DecisionSettings settings;

    DecisionNumbers(JdbcTemplate jdbc, DecisionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The year's next number in the configured series, as it is written on the decision: "15/QĐ-UBND". */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        String series = settings.series();
        jdbc.update("""
                INSERT INTO decision_number_series (year, series, last_number) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)
                """, year, series);
        Integer number = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        if (number == null) {
            throw new IllegalStateException("No decision number for " + year);
        }
        return number + "/" + series;
    }
}
