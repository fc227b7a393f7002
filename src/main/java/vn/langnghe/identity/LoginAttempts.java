package vn.langnghe.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of wrong passwords in a row (5 by default) the account is
 * locked for a while (15 minutes), for the login page and the API alike. Counted per node, in memory.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock;

    LoginAttempts(@Value("${langnghe.login.max-failures:5}") int maxFailures,
            @Value("${langnghe.login.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.clock = clock;
    }

    /** Whether the account is locked now because of repeated wrong passwords. */
    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= maxFailures && f.last().plus(lock).isAfter(clock.instant());
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(lock).isBefore(now));
        }
        Failures updated = failures.merge(key(username), new Failures(1, now),
                (old, one) -> old.last().plus(lock).isBefore(now) ? one : new Failures(old.count() + 1, now));
        if (updated.count() == maxFailures) {
            log.warn("Sign-in locked for {} minutes after {} wrong passwords: user={}", lock.toMinutes(),
                    maxFailures, username);
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
