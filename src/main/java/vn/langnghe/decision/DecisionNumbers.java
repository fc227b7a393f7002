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

    DecisionNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(int year, String series) {
        jdbc.update("""
                INSERT INTO decision_number_series (year, series, last_number) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)
                """, year, series);
        Integer number = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        if (number == null) {
            throw new IllegalStateException("No decision number for " + year);
        }
        return number;
    }
}
