package vn.langnghe.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.langnghe.IntegrationTest;

/**
 * The database stops for ten seconds while the application runs: calls in between are told the database is
 * unreachable (503, in Vietnamese), signed in or not, and once it is back the same calls succeed without
 * restarting anything.
 */
@IntegrationTest
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    TestRestTemplate http;

    @Test
    void callsDuringAnOutageAreToldSoAndServiceResumesAfterwards() throws Exception {
        assertThat(openData().getStatusCode().value()).isEqualTo(200);
        assertThat(dossiers().getStatusCode().value()).isEqualTo(200);

        Instant stopped = Instant.now();
        database.stop();
        try {
            ResponseEntity<String> anonymous = openData();
            ResponseEntity<String> signedIn = dossiers();
            assertThat(anonymous.getStatusCode().value()).isEqualTo(503);
            assertThat(anonymous.getBody()).contains("không kết nối được cơ sở dữ liệu");
            assertThat(signedIn.getStatusCode().value()).as("not a wrong password").isEqualTo(503);
            assertThat(signedIn.getBody()).contains("không kết nối được cơ sở dữ liệu");
            Thread.sleep(Math.max(0, OUTAGE.minus(Duration.between(stopped, Instant.now())).toMillis()));
        } finally {
            database.start();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (openData().getStatusCode().value() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(openData().getStatusCode().value()).isEqualTo(200);
        assertThat(dossiers().getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> openData() {
        return http.getForEntity("/api/v1/public/villages", String.class);
    }

    private ResponseEntity<String> dossiers() {
        return http.withBasicAuth("xa.daidong", "demo").getForEntity("/api/v1/dossiers", String.class);
    }
}
