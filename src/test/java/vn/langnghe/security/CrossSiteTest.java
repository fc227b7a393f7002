package vn.langnghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.web.DossierApiSamples;

/**
 * A page of another site cannot make a browser change anything: the API never asks a browser for Basic
 * credentials (so none are remembered), refuses bodies a form can send and posts from another origin; the
 * sign-in form and Cockpit refuse posts from another origin; the pages carry a CSP and a referrer policy
 * and the session cookie is SameSite=Lax.
 */
@IntegrationTest
class CrossSiteTest {

    private static final String EVIL = "https://evil.example";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void theApiNeverPromptsABrowserForBasicCredentialsAndAnswersInItsErrorShape() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/v1/dossiers", String.class);

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(anonymous.getBody()).startsWith("{\"errors\":[").contains("HTTP Basic");
    }

    @Test
    void aFormBodyOrAnotherOriginChangesNothingThroughTheApi() throws Exception {
        int before = dossiers();

        assertThat(post("/api/v1/dossiers", MediaType.APPLICATION_FORM_URLENCODED, "title=CRAFT_VILLAGE"))
                .isEqualTo(415);
        assertThat(post("/api/v1/dossiers", MediaType.TEXT_PLAIN, DossierApiSamples.CRAFT_VILLAGE))
                .isEqualTo(415);
        assertThat(send("/api/v1/dossiers", "application/json", DossierApiSamples.CRAFT_VILLAGE, "xa.daidong", EVIL))
                .isEqualTo(403);
        assertThat(dossiers()).isEqualTo(before);

        assertThat(post("/api/v1/dossiers", MediaType.APPLICATION_JSON, DossierApiSamples.CRAFT_VILLAGE))
                .as("an integration sends no Origin").isEqualTo(201);
    }

    @Test
    void signingInFromAnotherSiteAndPostingToCockpitFromAnotherSiteAreRefused() throws Exception {
        String form = "application/x-www-form-urlencoded";
        assertThat(send("/login", form, "username=thongke&password=demo", null, null))
                .as("from the sign-in page itself").isEqualTo(302);
        assertThat(send("/login", form, "username=thongke&password=demo", null, EVIL)).isEqualTo(403);
        assertThat(send("/camunda/api/admin/auth/user/default/logout", form, "", null, EVIL)).isEqualTo(403);
    }

    @Test
    void pagesCarryAContentSecurityPolicyAReferrerPolicyAndALaxSessionCookie() {
        ResponseEntity<String> login = http.getForEntity("/login", String.class);

        assertThat(login.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'self'");
        assertThat(login.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    private int post(String path, MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth("xa.daidong", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class).getStatusCode().value();
    }

    /** A post as a browser sends it from another site's page: java.net.http sends Origin, HttpURLConnection drops it. */
    private int send(String path, String type, String body, String user, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int dossiers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Integer.class);
    }
}
