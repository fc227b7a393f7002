package vn.langnghe.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;

/** The integration API over real HTTP with HTTP Basic, on the real database and engine. */
@IntegrationTest
class DossierApiTest {

    static final String CRAFT_VILLAGE = DossierApiSamples.CRAFT_VILLAGE;
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void communePreparesAttachesAndSubmitsADossier() throws Exception {
        ResponseEntity<String> created = send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers", CRAFT_VILLAGE);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode dossier = json.readTree(created.getBody());
        long id = dossier.get("id").asLong();
        assertThat(dossier.get("state").asText()).isEqualTo("DRAFT");
        assertThat(dossier.get("villageName").asText()).isEqualTo("Bản Lác");
        assertThat(dossier.get("criteria").get("criteria").get(0).get("value").asText()).isEqualTo("23,4 %");

        ResponseEntity<String> incomplete = send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers/" + id + "/submit", null);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(incomplete.getBody()).contains("attachments.HOUSEHOLD_LIST", "attachments.PRODUCTION_SUMMARY",
                "attachments.ENVIRONMENT_DOCUMENT", "Thiếu danh sách hộ tham gia");

        for (String kind : new String[] {"HOUSEHOLD_LIST", "PRODUCTION_SUMMARY", "ENVIRONMENT_DOCUMENT"}) {
            assertThat(upload("xa.daidong", id, kind, "danh-sách.pdf", PDF).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<String> submitted = send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers/" + id + "/submit", null);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(submitted.getBody()).get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                .as("the review process started with the submission").isEqualTo(1);
        assertThat(send("xa.daidong", HttpMethod.PUT, "/api/v1/dossiers/" + id, CRAFT_VILLAGE).getStatusCode())
                .as("a submitted dossier can no longer be changed").isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + id + "/history", null).getBody())
                .contains("CREATED", "ATTACHMENT_ADDED", "SUBMITTED");
    }

    @Test
    void anotherCommunesDossierAnswersExactlyLikeOneThatDoesNotExist() throws Exception {
        long id = json.readTree(send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers", CRAFT_VILLAGE).getBody())
                .get("id").asLong();

        ResponseEntity<String> foreign = send("xa.maiha", HttpMethod.GET, "/api/v1/dossiers/" + id, null);
        ResponseEntity<String> missing = send("xa.maiha", HttpMethod.GET, "/api/v1/dossiers/987654321", null);

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).isEqualTo(missing.getBody());
        assertThat(send("xa.maiha", HttpMethod.PUT, "/api/v1/dossiers/" + id, CRAFT_VILLAGE).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("xa.maiha", id, "HOUSEHOLD_LIST", "x.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("xa.maiha", HttpMethod.POST, "/api/v1/dossiers/" + id + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("xa.maiha", HttpMethod.GET, "/api/v1/dossiers", null).getBody())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(send("thamdinh", HttpMethod.GET, "/api/v1/dossiers/" + id, null).getStatusCode())
                .as("the province reads every commune's dossiers").isEqualTo(HttpStatus.OK);
        assertThat(send("thamdinh", HttpMethod.POST, "/api/v1/dossiers", CRAFT_VILLAGE).getStatusCode())
                .as("only communes prepare dossiers").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/dossiers/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    static Stream<Arguments> badDossiers() {
        return Stream.of(
                Arguments.of("10,000-character name", CRAFT_VILLAGE.replace("\"Bản Lác\",", "\"" + "x".repeat(10_000) + "\","),
                        "villageName"),
                Arguments.of("activity group 9", CRAFT_VILLAGE.replace("\"activityGroup\": 4", "\"activityGroup\": 9"),
                        "activityGroup"),
                Arguments.of("participating above total", CRAFT_VILLAGE.replace("187", "900"), "participatingHouseholds"),
                Arguments.of("regular above total workers", CRAFT_VILLAGE.replace("260", "500"), "workers.regular"),
                Arguments.of("control character", CRAFT_VILLAGE.replace("Dệt thổ cẩm", "Dệt\\u0007 thổ cẩm"), "craft"),
                Arguments.of("future production year", CRAFT_VILLAGE.replace("2025", "2099"), "production[1].year"),
                Arguments.of("negative production", CRAFT_VILLAGE.replace("1500000000", "-5"), "production[1].value"),
                Arguments.of("bad phone", CRAFT_VILLAGE.replace("0912 345 678", "<script>"), "contact.phone"),
                Arguments.of("empty artisan name", CRAFT_VILLAGE.replace("\"Hà Thị Ơn\"", "\"\""), "artisans[0].name"),
                Arguments.of("no title", CRAFT_VILLAGE.replace("\"title\": \"CRAFT_VILLAGE\",", ""), "title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDossiers")
    void refusesBadInputAndStoresNothing(String name, String body, String field) throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Integer.class);

        ResponseEntity<String> response = send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains(field);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(before);
    }

    @Test
    void servesAnOpenApiDescriptionOfTheContract() {
        ResponseEntity<String> description = http.getForEntity("/v3/api-docs", String.class);

        assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(description.getBody()).contains("/api/v1/dossiers/{id}/submit", "/api/v1/criteria/check",
                "/api/v1/tasks/{id}/complete");
    }

    @Test
    void refusesAFileWhoseContentIsNotItsType() throws Exception {
        long id = json.readTree(send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers", CRAFT_VILLAGE).getBody())
                .get("id").asLong();

        ResponseEntity<String> response = upload("xa.daidong", id, "HOUSEHOLD_LIST", "danh-sach.pdf",
                "chỉ là văn bản".getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"file\"", "Loại tệp không được chấp nhận");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_attachment WHERE dossier_id = ?", Integer.class, id))
                .isZero();
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        return ApiCalls.send(http, user, method, path, body);
    }

    ResponseEntity<String> upload(String user, long id, String kind, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("kind", kind);
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/api/v1/dossiers/" + id + "/attachments",
                new HttpEntity<>(parts, headers), String.class);
    }
}
