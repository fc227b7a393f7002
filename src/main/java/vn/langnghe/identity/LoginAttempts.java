package vn.langnghe.identity;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, for the login page and the API alike. Wrong passwords are counted per
 * account <em>and</em> client address: from the second one in a row the next attempt from that address
 * waits a growing delay (1, 2, 4 … seconds by default), and after five the account is locked for that
 * address for 15 minutes. Whoever guesses from one address cannot lock the account's owner out elsewhere.
 *
 * <p>Each attempt takes its row's lock before the password is checked and counts the outcome before
 * releasing it, in one transaction: parallel guesses are checked one after the other, each seeing the
 * count the previous one left, so no more passwords are tried than the limit allows. Counted in the
 * database (every node sees the same count) and timed by its clock (nodes whose clocks differ agree).
 * Only existing accounts get a row, so made-up usernames do not fill the table.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final int MAX_ADDRESS = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int maxFailures;
    private final int lockMinutes;
    private final int delaySeconds;

    LoginAttempts(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${langnghe.login.max-failures:5}") int maxFailures,
            @Value("${langnghe.login.lock-minutes:15}") int lockMinutes,
            @Value("${langnghe.login.delay-seconds:1}") int delaySeconds) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
        this.delaySeconds = delaySeconds;
    }

    private sealed interface Outcome {
    }

    private record Passed(Authentication authentication) implements Outcome {
    }

    private record Refused(RuntimeException reason) implements Outcome {
    }

    /**
     * Runs the password check unless the account is blocked for this address (then {@link LockedException},
     * without checking), and counts its outcome. The check throws {@link BadCredentialsException} for a
     * wrong password.
     */
    public Authentication attempt(String username, String address, Supplier<Authentication> check) {
        String user = key(username);
        String from = address(address);
        Outcome outcome;
        try {
            outcome = checked(user, from, check);
        } catch (DataAccessException | TransactionException e) {
            // Told apart from a wrong password by the callers (the database is down: try again shortly).
            throw new InternalAuthenticationServiceException("Sign-in could not be checked", e);
        }
        if (outcome instanceof Refused refused) {
            throw refused.reason();
        }
        return ((Passed) outcome).authentication();
    }

    private Outcome checked(String user, String from, Supplier<Authentication> check) {
        return transaction.execute(status -> {
            // An insert that meets the row takes its exclusive lock at once (a plain INSERT IGNORE would take a
            // shared one, and two parallel attempts would deadlock upgrading it).
            jdbc.update("""
                    INSERT INTO login_throttle (username, address, failures)
                    SELECT LOWER(username), ?, 0 FROM user_account WHERE username = ?
                    ON DUPLICATE KEY UPDATE failures = failures
                    """, from, user);
            if (blocked(user, from)) {
                return new Refused(new LockedException("Too many wrong passwords"));
            }
            try {
                Authentication authentication = check.get();
                jdbc.update("DELETE FROM login_throttle WHERE username = ? AND address = ?", user, from);
                return new Passed(authentication);
            } catch (BadCredentialsException e) {
                failed(user, from);
                return new Refused(e);
            }
        });
    }

    /** Whether the account is blocked now for this address (the delay or the lock). */
    public boolean isLocked(String username, String address) {
        return blocked(key(username), address(address));
    }

    private boolean blocked(String user, String from) {
        return jdbc.queryForList("""
                SELECT 1 FROM login_throttle
                WHERE username = ? AND address = ? AND blocked_until > UTC_TIMESTAMP(6)
                """, Integer.class, user, from).size() == 1;
    }

    /** One more wrong password: a count whose last mistake is older than the lock starts again at one. */
    private void failed(String user, String from) {
        jdbc.update("""
                UPDATE login_throttle
                SET failures = IF(last_failure < UTC_TIMESTAMP(6) - INTERVAL ? MINUTE, 1, failures + 1),
                    last_failure = UTC_TIMESTAMP(6)
                WHERE username = ? AND address = ?
                """, lockMinutes, user, from);
        List<Integer> count = jdbc.queryForList("SELECT failures FROM login_throttle WHERE username = ? AND address = ?",
                Integer.class, user, from);
        if (count.isEmpty()) {
            return;
        }
        int failures = count.get(0);
        long blockSeconds = failures >= maxFailures ? lockMinutes * 60L
                : failures < 2 ? 0 : (long) delaySeconds << Math.min(failures - 2, 20);
        jdbc.update("""
                UPDATE login_throttle SET blocked_until = UTC_TIMESTAMP(6) + INTERVAL ? SECOND
                WHERE username = ? AND address = ?
                """, blockSeconds, user, from);
        if (failures == maxFailures) {
            log.warn("Sign-in locked for {} minutes after {} wrong passwords: user={} address={}", lockMinutes,
                    maxFailures, user, from);
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        String from = address == null ? "" : address;
        return from.length() > MAX_ADDRESS ? from.substring(0, MAX_ADDRESS) : from;
    }
}
