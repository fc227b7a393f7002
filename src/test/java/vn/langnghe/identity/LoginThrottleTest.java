package vn.langnghe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;

/** Guessing passwords locks the account for a while, even for whoever then types the right one. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    UserAccountService users;
    @Autowired
    LoginAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveWrongPasswordsInARowLockTheAccountButNotOthers() {
        users.createIfMissing("thu.khoa", "dung-mat-khau", "Người thử khóa", Role.PROVINCIAL_STAFF, null);
        users.createIfMissing("thu.khac", "dung-mat-khau", "Người dùng khác", Role.PROVINCIAL_STAFF, null);
        assertThat(status("thu.khoa", "dung-mat-khau")).isEqualTo(HttpStatus.OK);

        for (int i = 0; i < 4; i++) {
            assertThat(status("thu.khoa", "sai-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(attempts.isLocked("thu.khoa")).as("four mistakes are forgiven").isFalse();
        assertThat(status("thu.khoa", "sai-4")).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(attempts.isLocked("thu.khoa")).isTrue();
        assertThat(status("thu.khoa", "dung-mat-khau")).as("locked, right password or not").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status("thu.khac", "dung-mat-khau")).isEqualTo(HttpStatus.OK);
    }

    @Test
    void wrongPasswordsOnOneNodeCountOnEveryNode() {
        users.createIfMissing("thu.hainut", "dung-mat-khau", "Người thử hai máy chủ", Role.PROVINCIAL_STAFF, null);
        LoginAttempts otherNode = new LoginAttempts(jdbc, 5, 15);
        for (int i = 0; i < 3; i++) {
            assertThat(status("thu.hainut", "sai-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(otherNode.isLocked("Thu.HaiNut")).isFalse();
        assertThat(status("thu.hainut", "dung-mat-khau")).as("a right password starts the count again")
                .isEqualTo(HttpStatus.OK);

        for (int i = 0; i < 5; i++) {
            assertThat(status("thu.hainut", "sai-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        assertThat(otherNode.isLocked("thu.hainut")).as("the other node reads the same count").isTrue();
        assertThat(jdbc.queryForObject("SELECT failures FROM login_failure WHERE username = 'thu.hainut'",
                Integer.class)).isEqualTo(5);
    }

    private HttpStatus status(String user, String password) {
        return HttpStatus.valueOf(http.withBasicAuth(user, password).getForEntity("/api/v1/dossiers", String.class)
                .getStatusCode().value());
    }
}
