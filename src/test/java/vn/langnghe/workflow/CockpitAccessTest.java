package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.langnghe.IntegrationTest;

/**
 * The engine's web apps and their REST API, over real HTTP with a signed-in session: administrators
 * only. Served by Camunda's own servlets, so they need their own security chain to match them.
 */
@IntegrationTest
class CockpitAccessTest {

    private static final String ENGINE_API = "camunda/api/engine/engine/default/";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorWorksInCockpitIncludingItsPostQueries() throws Exception {
        HttpClient admin = signedIn("quantri");
        get(admin, "camunda/app/cockpit/default/");
        String token = xsrfToken(admin);

        HttpResponse<String> query = admin.send(HttpRequest.newBuilder(uri(ENGINE_API + "process-instance?maxResults=5"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(get(admin, ENGINE_API + "process-definition/count").statusCode()).isEqualTo(200);
    }

    @Test
    void aCommuneOfficerGetsNeitherTheAppNorItsApi() throws Exception {
        HttpClient commune = signedIn("xa.yennghiep");

        assertThat(get(commune, "camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(get(commune, ENGINE_API + "process-definition/count").statusCode()).isEqualTo(403);
        assertThat(get(commune, ENGINE_API + "task").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> response = get(anonymous, ENGINE_API + "process-definition/count");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(client, "login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private String xsrfToken(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
