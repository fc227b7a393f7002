package vn.langnghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.langnghe.IntegrationTest;
import vn.langnghe.WebSessions;

/**
 * A signed-in page left alone ends its session: the server's sessions last 30 minutes without activity (the
 * setting {@code server.servlet.session.timeout}), and the next page after that asks to sign in again.
 */
@IntegrationTest
class SessionExpiryTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext server;

    @Test
    void aSessionLeftAloneEndsAndTheNextPageAsksToSignInAgain() throws Exception {
        WebSessions web = new WebSessions(port);
        HttpClient statistician = web.signedIn("thongke");
        assertThat(web.get(statistician, "thong-ke").statusCode()).isEqualTo(200);
        Session session = session(WebSessions.cookie(statistician, "JSESSIONID"));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        session.setMaxInactiveInterval(1);
        Thread.sleep(1_100);
        HttpResponse<String> after = web.get(statistician, "thong-ke");

        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(session.isValid()).isFalse();
    }

    private Session session(String id) throws Exception {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return Arrays.stream(context.getManager().findSessions()).filter(s -> s.getId().equals(id)).findFirst()
                .orElseThrow();
    }
}
