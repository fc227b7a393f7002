package vn.langnghe;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON calls to the running application as a demo user (password "demo"), over real HTTP Basic. */
public final class ApiCalls {

    private ApiCalls() {
    }

    public static ResponseEntity<String> send(TestRestTemplate http, String user, HttpMethod method, String path,
            String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
