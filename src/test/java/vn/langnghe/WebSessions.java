package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Browsers without a browser: HTTP clients that keep their cookies and sign in through the login page. */
public final class WebSessions {

    private final int port;

    public WebSessions(int port) {
        this.port = port;
    }

    /** A client signed in as the demo user through the login form, with its CSRF token, as a browser would. */
    public HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(client, "login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    public HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one of the client's cookies. */
    public static String cookie(HttpClient client, String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
