package vn.langnghe.village.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.VietnamTime;

/**
 * The annual review of a year whose reports are not yet due is refused with the reason, and flags nobody: it used to
 * flag every recognised village of the year in progress for a missing report.
 */
@IntegrationTest
class ReviewTooEarlyTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theYearInProgressCannotBeReviewedBeforeItsReportsAreDue() {
        int thisYear = LocalDate.now(VietnamTime.ZONE).getYear();
        Integer underReview = jdbc.queryForObject("select count(*) from registry_entry where status = 'UNDER_REVIEW'",
                Integer.class);

        ResponseEntity<String> answer = ApiCalls.send(http, "thongke", HttpMethod.POST, "/api/v1/registry/reviews",
                "{\"year\": " + thisYear + "}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"field\":\"year\"").contains("Chưa thể rà soát năm " + thisYear)
                .contains("đến hết ngày 31/03/" + (thisYear + 1)).contains("bắt đầu từ ngày 01/04/" + (thisYear + 1));
        assertThat(jdbc.queryForObject("select count(*) from registry_entry where status = 'UNDER_REVIEW'", Integer.class))
                .as("nobody flagged").isEqualTo(underReview);
    }
}
