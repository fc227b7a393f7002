package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer signs in the moment the login page answers: the application, started from nothing on a fresh
 * embedded database, is asked for /login every 50 ms; the first 200 is followed at once by a demo sign-in over
 * the API and through the login form, and both succeed. Runs in a JVM of its own (surefire execution
 * {@code startup}), as it starts the application itself.
 */
class StartupReadinessTest {

    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @Test
    void theFirstLoginPageThatAnswersIsFollowedAtOnceByASuccessfulDemoSignIn() throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> application = CompletableFuture.supplyAsync(
                () -> new SpringApplicationBuilder(LangNgheApplication.class).profiles("test")
                        .run("--server.port=" + port, "--langnghe.db.embedded.directory=target/startup-mariadb",
                                "--langnghe.attachments.directory=target/startup-attachments"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        WebSessions web = new WebSessions(port);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int notYet = 0;
        int status = 0;
        while (status != 200) {
            assertThat(System.nanoTime()).as("the login page answered within %s", PATIENCE).isLessThan(deadline);
            assertThat(application).as("the application is starting").isNotCompletedExceptionally();
            try {
                status = client.send(HttpRequest.newBuilder(web.uri("login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    assertThat(status).as("before it is ready: starting up").isEqualTo(503);
                    notYet++;
                }
            } catch (ConnectException notListeningYet) {
                status = 0;
            }
            if (status != 200) {
                Thread.sleep(50);
            }
        }

        HttpResponse<String> api = client.send(HttpRequest.newBuilder(web.uri("api/v1/tasks"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("chutich:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("a demo sign-in over the API at once").isEqualTo(200);
        web.signedIn("tiepnhan");

        HttpResponse<String> readiness = web.get(client, "actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).as("anonymous callers see the status only").isEqualTo("{\"status\":\"UP\"}");
        assertThat(web.get(client, "actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
        System.out.println("Start-up: /login answered 503 " + notYet + " times before its first 200");
        application.get().close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
