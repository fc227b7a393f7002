package vn.langnghe.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.web.DossierApiSamples;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * OAuth2 client credentials over real HTTP: the demo client gets a token at POST /oauth2/token and calls the API
 * as the intake officer; an expired token, a token of another key and a revoked client's token are refused; a
 * commune's client sees only its commune; and the cost of authenticating a call, Basic and Bearer side by side.
 */
@IntegrationTest
class ClientTokenTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    RSAKey signingKey;
    @Autowired
    JwtDecoder decoder;
    @Autowired
    ClientTokens tokens;
    @Autowired
    UserAccountService users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;

    @Test
    void theDemoClientGetsATokenAndCallsTheApiAsTheIntakeOfficer() throws Exception {
        ResponseEntity<String> issued = token("demo-motcua", "demo");
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(issued.getBody());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isBetween(590, 600);
        String token = body.get("access_token").asText();
        assertThat(decoder.decode(token).getSubject()).isEqualTo("demo-motcua");

        assertThat(bearer(token, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bearer(token, HttpMethod.POST, "/api/v1/dossiers", DossierApiSamples.CRAFT_VILLAGE).getStatusCode())
                .as("an intake officer does not prepare dossiers").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiCalls.send(http, "tiepnhan", HttpMethod.GET, "/api/v1/tasks", null).getStatusCode())
                .as("HTTP Basic stays").isEqualTo(HttpStatus.OK);
        assertThat(token("demo-motcua", "sai").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(token("khong-co", "demo").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anExpiredTokenAndATokenOfAnotherKeyAreRefused() throws Exception {
        Instant now = clock.instant();
        String expired = sign(signingKey, now.minusSeconds(700), now.minusSeconds(100));
        String foreign = sign(new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("x").generate(), now, now.plusSeconds(600));
        String good = sign(signingKey, now, now.plusSeconds(600));

        assertThat(bearer(expired, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(bearer(foreign, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(bearer("not-a-token", HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(bearer(good, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).as("the same, signed right and in time")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRevokedClientsTokenIsRefusedAtOnceAndItGetsNoNewOne() throws Exception {
        JsonNode registered = register("{\"clientId\": \"motcua-thu-hoi\", \"name\": \"Một cửa (thu hồi)\", \"role\": \"REVIEWER\"}");
        String secret = registered.get("secret").asText();
        String token = json.readTree(token("motcua-thu-hoi", secret).getBody()).get("access_token").asText();
        assertThat(bearer(token, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(ApiCalls.send(http, "tiepnhan", HttpMethod.POST, "/api/v1/clients/motcua-thu-hoi/revoke", null)
                .getStatusCode()).as("only an administrator revokes").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiCalls.send(http, "quantri", HttpMethod.POST, "/api/v1/clients/motcua-thu-hoi/revoke", null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(bearer(token, HttpMethod.GET, "/api/v1/tasks", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(token("motcua-thu-hoi", secret).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCommunesClientSeesOnlyItsCommune() throws Exception {
        SignedInUser daiDong = users.loadUserByUsername("xa.daidong");
        long own = id(ApiCalls.send(http, "xa.daidong", HttpMethod.POST, "/api/v1/dossiers", DossierApiSamples.CRAFT_VILLAGE));
        long other = id(ApiCalls.send(http, "xa.maiha", HttpMethod.POST, "/api/v1/dossiers", DossierApiSamples.CRAFT_VILLAGE));
        JsonNode registered = register("{\"clientId\": \"xa-daidong-app\", \"name\": \"Phần mềm của xã Đại Đồng\", "
                + "\"role\": \"COMMUNE_OFFICER\", \"communeId\": " + daiDong.communeId() + ", \"tokenMinutes\": 5}");
        ResponseEntity<String> issued = token("xa-daidong-app", registered.get("secret").asText());
        assertThat(json.readTree(issued.getBody()).get("expires_in").asInt()).isBetween(290, 300);
        String token = json.readTree(issued.getBody()).get("access_token").asText();

        assertThat(bearer(token, HttpMethod.GET, "/api/v1/dossiers/" + own, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bearer(token, HttpMethod.GET, "/api/v1/dossiers/" + other, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode list = json.readTree(bearer(token, HttpMethod.GET, "/api/v1/dossiers?size=100", null).getBody());
        List<Long> ids = new ArrayList<>();
        (list.has("items") ? list.get("items") : list).forEach(d -> ids.add(d.get("id").asLong()));
        assertThat(ids).contains(own).doesNotContain(other);

        assertThat(ApiCalls.send(http, "quantri", HttpMethod.POST, "/api/v1/clients", "{\"clientId\": \"xa-khong-xa\", "
                + "\"name\": \"Thiếu xã\", \"role\": \"COMMUNE_OFFICER\"}").getStatusCode())
                .as("a commune officer's client names its commune").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ApiCalls.send(http, "quantri", HttpMethod.POST, "/api/v1/clients", "{\"clientId\": \"tiepnhan\", "
                + "\"name\": \"Trùng người dùng\", \"role\": \"INTAKE_OFFICER\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    /**
     * The server's work to authenticate one call, timed in this JVM the way each filter does it (Basic: load the
     * user and check the bcrypt hash; Bearer: check the JWT's signature and expiry and read its client), and the
     * whole call over HTTP for each, side by side. Prints a table (target/benchmarks/authentication.md); checks
     * only that every call succeeded.
     */
    @Test
    void measuresBasicAndBearerAuthenticationSideBySide() throws Exception {
        String token = json.readTree(token("demo-motcua", "demo").getBody()).get("access_token").asText();
        String hash = users.loadUserByUsername("tiepnhan").passwordHash();
        int n = 50;
        double basic = median(n, () -> passwords.matches("demo", users.loadUserByUsername("tiepnhan").passwordHash()) && hash != null);
        double bearer = median(n, () -> tokens.convert(decoder.decode(token)).isAuthenticated());
        double basicCall = median(n, () -> ApiCalls.send(http, "tiepnhan", HttpMethod.GET, "/api/v1/tasks?size=1", null)
                .getStatusCode().is2xxSuccessful());
        double bearerCall = median(n, () -> bearer(token, HttpMethod.GET, "/api/v1/tasks?size=1", null)
                .getStatusCode().is2xxSuccessful());
        String table = String.format(java.util.Locale.ROOT, """
                | what (median of %d) | HTTP Basic | Bearer token |
                |---|---|---|
                | authentication on the server | %.2f ms | %.2f ms |
                | whole call `GET /api/v1/tasks?size=1` from the client | %.2f ms | %.2f ms |
                """, n, basic, bearer, basicCall, bearerCall);
        System.out.println(table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/authentication.md"), table);
    }

    private static double median(int n, Supplier<Boolean> call) {
        for (int i = 0; i < 5; i++) {
            assertThat(call.get()).isTrue();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            assertThat(call.get()).isTrue();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(n / 2);
    }

    private ResponseEntity<String> token(String clientId, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.setBasicAuth(clientId, secret);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return http.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> bearer(String token, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode register(String registration) throws Exception {
        ResponseEntity<String> answer = ApiCalls.send(http, "quantri", HttpMethod.POST, "/api/v1/clients", registration);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(answer.getBody());
    }

    private long id(ResponseEntity<String> created) throws Exception {
        assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isTrue();
        return json.readTree(created.getBody()).get("id").asLong();
    }

    private static String sign(RSAKey key, Instant issued, Instant expires) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("demo-motcua").issuedAt(issued).expiresAt(expires).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(),
                claims)).getTokenValue();
    }
}
