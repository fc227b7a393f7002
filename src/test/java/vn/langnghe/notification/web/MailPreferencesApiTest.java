package vn.langnghe.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;

/** A user sets their own address and choices over the API, all or nothing; only an administrator sets the defaults. */
@IntegrationTest
class MailPreferencesApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        jdbc.update("delete from mail_recipient where username in ('thamdinh', 'quantri')");
        jdbc.update("delete from mail_preference where username in ('thamdinh', 'quantri')");
        jdbc.update("delete from mail_default");
    }

    @Test
    void aUserSetsTheirAddressAndChoicesTogetherOrNotAtAll() {
        ResponseEntity<String> set = ApiCalls.send(http, "thamdinh", HttpMethod.PUT, "/api/v1/mail-preferences",
                "{\"email\": \"thamdinh@example.vn\", \"language\": \"vi\", \"choices\": {\"TASK_ARRIVED\": \"DIGEST\"}}");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(set.getBody()).contains("\"email\":\"thamdinh@example.vn\"").contains("\"TASK_ARRIVED\":\"DIGEST\"")
                .contains("\"TASK_ESCALATED\":\"IMMEDIATE\"");

        ResponseEntity<String> refused = ApiCalls.send(http, "thamdinh", HttpMethod.PUT, "/api/v1/mail-preferences",
                "{\"email\": \"moi@example.vn\", \"language\": \"vi\", \"choices\": {\"TASKS_DUE\": \"IMMEDIATE\"}}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("chỉ gửi trong thư tổng hợp");
        assertThat(ApiCalls.send(http, "thamdinh", HttpMethod.GET, "/api/v1/mail-preferences", null).getBody())
                .as("the address did not change either").contains("thamdinh@example.vn");

        assertThat(ApiCalls.send(http, "thamdinh", HttpMethod.PUT, "/api/v1/mail-preferences",
                "{\"email\": \"không hợp lệ\"}").getBody()).contains("\"field\":\"email\"");
    }

    @Test
    void onlyAnAdministratorSetsTheDefaults() {
        assertThat(ApiCalls.send(http, "thamdinh", HttpMethod.PUT, "/api/v1/mail-preferences/defaults",
                "{\"TASK_ARRIVED\": \"OFF\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> set = ApiCalls.send(http, "quantri", HttpMethod.PUT, "/api/v1/mail-preferences/defaults",
                "{\"TASK_ARRIVED\": \"OFF\"}");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ApiCalls.send(http, "thamdinh", HttpMethod.GET, "/api/v1/mail-preferences", null).getBody())
                .contains("\"TASK_ARRIVED\":\"OFF\"");
    }
}
