package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.langnghe.IntegrationTest;
import vn.langnghe.WebSessions;

/**
 * The engine's web apps and their REST API, over real HTTP with a signed-in session: administrators
 * only. Served by Camunda's own servlets, so they need their own security chain to match them.
 */
@IntegrationTest
class CockpitAccessTest {

    private static final String ENGINE_API = "camunda/api/engine/engine/default/";

    @LocalServerPort
    int port;

    private WebSessions web;

    @BeforeEach
    void connect() {
        web = new WebSessions(port);
    }

    @Test
    void anAdministratorWorksInCockpitIncludingItsPostQueries() throws Exception {
        HttpClient admin = web.signedIn("quantri");
        HttpResponse<String> app = web.get(admin, "camunda/app/cockpit/default/");
        // Cockpit's own client takes the token from this header of the app's page.
        assertThat(app.headers().firstValue("X-XSRF-TOKEN")).as("the app's page: %d %s", app.statusCode(),
                app.headers().firstValue("Location").orElse("")).isPresent();
        String token = app.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        HttpResponse<String> query = admin.send(HttpRequest
                .newBuilder(web.uri(ENGINE_API + "process-instance?maxResults=5"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(web.get(admin, ENGINE_API + "process-definition/count").statusCode()).isEqualTo(200);
    }

    @Test
    void aCommuneOfficerGetsNeitherTheAppNorItsApi() throws Exception {
        HttpClient commune = web.signedIn("xa.daidong");

        assertThat(web.get(commune, "camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(web.get(commune, ENGINE_API + "process-definition/count").statusCode()).isEqualTo(403);
        assertThat(web.get(commune, ENGINE_API + "task").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> response = web.get(anonymous, ENGINE_API + "process-definition/count");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
