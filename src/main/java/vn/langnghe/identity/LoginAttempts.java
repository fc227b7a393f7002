package vn.langnghe.identity;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of wrong passwords in a row (5 by default) the account is
 * locked for a while (15 minutes), for the login page and the API alike. Counted in the database, so every
 * node behind the load balancer sees the same count, and timed by the database's clock, so nodes whose
 * clocks differ still agree on when a lock ends.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcTemplate jdbc;
    private final int maxFailures;
    private final int lockMinutes;

    LoginAttempts(JdbcTemplate jdbc, @Value("${langnghe.login.max-failures:5}") int maxFailures,
            @Value("${langnghe.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    /** Whether the account is locked now because of repeated wrong passwords. */
    public boolean isLocked(String username) {
        return !jdbc.queryForList("""
                SELECT 1 FROM login_failure
                WHERE username = ? AND failures >= ? AND last_failure > UTC_TIMESTAMP(6) - INTERVAL ? MINUTE
                """, Integer.class, key(username), maxFailures, lockMinutes).isEmpty();
    }

    /**
     * One more wrong password, counted atomically however many nodes record at once; a count whose last
     * mistake is older than the lock starts again at one. Only existing accounts are counted, so guessing
     * made-up usernames does not fill the table.
     */
    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(String.valueOf(event.getAuthentication().getPrincipal()));
        try {
            jdbc.update("""
                    INSERT INTO login_failure (username, failures, last_failure)
                    SELECT LOWER(username), 1, UTC_TIMESTAMP(6) FROM user_account WHERE username = ?
                    ON DUPLICATE KEY UPDATE
                        failures = IF(last_failure < UTC_TIMESTAMP(6) - INTERVAL ? MINUTE, 1, failures + 1),
                        last_failure = UTC_TIMESTAMP(6)
                    """, username, lockMinutes);
            List<Integer> count = jdbc.queryForList("SELECT failures FROM login_failure WHERE username = ?",
                    Integer.class, username);
            if (count.equals(List.of(maxFailures))) {
                log.warn("Sign-in locked for {} minutes after {} wrong passwords: user={}", lockMinutes, maxFailures,
                        username);
            }
        } catch (DataAccessException e) {
            // The password was checked a moment ago; if the database has just gone away, the caller still gets
            // "wrong password" rather than an internal error, and the next attempt is told the database is down.
            log.warn("Could not count a wrong password for user={}: {}", username, e.getMessage());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String username = key(event.getAuthentication().getName());
        try {
            jdbc.update("DELETE FROM login_failure WHERE username = ?", username);
        } catch (DataAccessException e) {
            log.warn("Could not reset the wrong-password count of user={}: {}", username, e.getMessage());
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
