package vn.langnghe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.transaction.PlatformTransactionManager;
import vn.langnghe.IntegrationTest;

/**
 * Guessing passwords locks the account for the guesser's address, even for whoever then types the right
 * one there, but not for its owner elsewhere; parallel guesses are counted one after the other.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String GUESSER = "203.0.113.7";
    private static final String OWNER = "198.51.100.9";

    @Autowired
    TestRestTemplate http;
    @Autowired
    UserAccountService users;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void fiveWrongPasswordsFromOneAddressLockItOutButNotTheOwnerElsewhere() {
        users.createIfMissing("thu.khoa", "dung-mat-khau", "Người thử khóa", Role.PROVINCIAL_STAFF, null);
        users.createIfMissing("thu.khac", "dung-mat-khau", "Người dùng khác", Role.PROVINCIAL_STAFF, null);
        assertThat(status("thu.khoa", "dung-mat-khau", GUESSER)).isEqualTo(HttpStatus.OK);

        for (int i = 0; i < 4; i++) {
            assertThat(status("thu.khoa", "sai-" + i, GUESSER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(attempts.isLocked("thu.khoa", GUESSER)).as("four mistakes are forgiven").isFalse();
        assertThat(status("thu.khoa", "sai-4", GUESSER)).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(attempts.isLocked("thu.khoa", GUESSER)).isTrue();
        assertThat(status("thu.khoa", "dung-mat-khau", GUESSER)).as("locked, right password or not")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status("thu.khoa", "dung-mat-khau", OWNER)).as("the owner at another address")
                .isEqualTo(HttpStatus.OK);
        assertThat(status("thu.khac", "dung-mat-khau", GUESSER)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thirtyParallelGuessesTryNoMoreThanFivePasswords() throws Exception {
        users.createIfMissing("thu.songsong", "dung-mat-khau", "Người thử song song", Role.PROVINCIAL_STAFF, null);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<HttpStatus>> guesses = IntStream.range(0, 30)
                    .<Callable<HttpStatus>>mapToObj(i -> () -> status("thu.songsong", "sai-" + i, GUESSER)).toList();
            for (Future<HttpStatus> guess : pool.invokeAll(guesses)) {
                assertThat(guess.get()).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject("SELECT failures FROM login_throttle WHERE username = 'thu.songsong'",
                Integer.class)).as("passwords checked").isEqualTo(5);
        assertThat(status("thu.songsong", "dung-mat-khau", GUESSER)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void fromTheSecondWrongPasswordTheNextAttemptWaitsAGrowingDelay() throws Exception {
        users.createIfMissing("thu.cho", "dung-mat-khau", "Người thử chờ", Role.PROVINCIAL_STAFF, null);
        LoginAttempts throttle = new LoginAttempts(jdbc, transactions, 5, 15, 1);
        AtomicInteger checked = new AtomicInteger();
        Runnable guess = () -> throttle.attempt("thu.cho", GUESSER, () -> {
            checked.incrementAndGet();
            throw new BadCredentialsException("sai");
        });

        assertThatThrownBy(guess::run).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(guess::run).as("the first mistake costs no delay").isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(guess::run).as("1 s after the second").isInstanceOf(LockedException.class);
        assertThat(checked).hasValue(2);
        Thread.sleep(1_100);
        assertThatThrownBy(guess::run).isInstanceOf(BadCredentialsException.class);
        assertThat(checked).hasValue(3);
        Thread.sleep(1_100);
        assertThatThrownBy(guess::run).as("2 s after the third").isInstanceOf(LockedException.class);
        assertThat(throttle.isLocked("thu.cho", OWNER)).isFalse();
    }

    @Test
    void wrongPasswordsOnOneNodeCountOnEveryNode() {
        users.createIfMissing("thu.hainut", "dung-mat-khau", "Người thử hai máy chủ", Role.PROVINCIAL_STAFF, null);
        LoginAttempts otherNode = new LoginAttempts(jdbc, transactions, 5, 15, 0);
        for (int i = 0; i < 3; i++) {
            assertThat(status("thu.hainut", "sai-" + i, GUESSER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(otherNode.isLocked("Thu.HaiNut", GUESSER)).isFalse();
        assertThat(status("thu.hainut", "dung-mat-khau", GUESSER)).as("a right password starts the count again")
                .isEqualTo(HttpStatus.OK);

        for (int i = 0; i < 5; i++) {
            assertThat(status("thu.hainut", "sai-" + i, GUESSER)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(otherNode.isLocked("thu.hainut", GUESSER)).as("the other node reads the same count").isTrue();
        assertThat(jdbc.queryForObject("SELECT failures FROM login_throttle WHERE username = 'thu.hainut'",
                Integer.class)).isEqualTo(5);
    }

    /** An API call as if through the TLS proxy, which names the client in X-Forwarded-For. */
    private HttpStatus status(String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        return HttpStatus.valueOf(http.withBasicAuth(user, password).exchange("/api/v1/dossiers", HttpMethod.GET,
                new HttpEntity<>(headers), String.class).getStatusCode().value());
    }
}
