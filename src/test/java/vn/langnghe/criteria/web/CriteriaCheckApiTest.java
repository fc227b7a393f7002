package vn.langnghe.criteria.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.langnghe.IntegrationTest;

/** The public pre-check, over real HTTP, without login. */
@IntegrationTest
class CriteriaCheckApiTest {

    private static final String VALID = """
            {"title": "CRAFT_VILLAGE", "applicationDate": "2026-03-01",
             "totalHouseholds": 800, "participatingHouseholds": 187,
             "production": [{"year": 2024, "value": 1200000000}, {"year": 2025, "value": 1500000000}],
             "craftSinceYear": 1950, "hasRecognisedTraditionalCraft": false,
             "environmentalConditionsMet": true, "culturalIdentity": null, "linkedToArtisansOrVillage": null}
            """;

    @Autowired
    TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void explainsEachCriterionOfACraftVillageWithoutLogin() throws Exception {
        ResponseEntity<String> response = post(VALID, MediaType.APPLICATION_JSON, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("title").asText()).isEqualTo("CRAFT_VILLAGE");
        assertThat(body.get("ruleSet").asText()).contains("52/2018");
        assertThat(body.get("outcome").asText()).isEqualTo("ELIGIBLE");
        JsonNode v1 = body.get("criteria").get(0);
        assertThat(v1.get("code").asText()).isEqualTo("V1");
        assertThat(v1.get("status").asText()).isEqualTo("PASSED");
        assertThat(v1.get("value").asText()).isEqualTo("23,4 %");
        assertThat(v1.get("threshold").asText()).isEqualTo("≥ 20 %");
        assertThat(v1.get("explanation").asText()).contains("187", "800", "Điều 5");
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        JsonNode body = json.readTree(post(VALID, MediaType.APPLICATION_JSON, "en").getBody());

        assertThat(body.get("criteria").get(0).get("value").asText()).isEqualTo("23.4 %");
        assertThat(body.get("criteria").get(0).get("explanation").asText()).startsWith("Passed");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"title\": ", null),
                Arguments.of("unknown title", VALID.replace("CRAFT_VILLAGE", "FACTORY"), "title"),
                Arguments.of("negative count", VALID.replace("\"participatingHouseholds\": 187",
                        "\"participatingHouseholds\": -1"), "participatingHouseholds"),
                Arguments.of("participating above total", VALID.replace("187", "801"), "participatingHouseholds"),
                Arguments.of("zero total households", VALID.replace("800", "0"), "totalHouseholds"),
                Arguments.of("production after application", VALID.replace("2025", "2027"), "production[1].year"),
                Arguments.of("duplicate years", VALID.replace("2025", "2024"), "production[1].year"),
                Arguments.of("text for a number", VALID.replace("800", "\"tám trăm\""), "totalHouseholds"),
                Arguments.of("missing title", VALID.replace("\"title\": \"CRAFT_VILLAGE\",", ""), "title"),
                Arguments.of("missing date", VALID.replace("\"applicationDate\": \"2026-03-01\",", ""),
                        "applicationDate"),
                Arguments.of("craft year before 1000", VALID.replace("1950", "999"), "craftSinceYear"),
                Arguments.of("production year before 1800", VALID.replace("2024", "1799"), "production[0].year"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesBadInputWithAFieldMessage(String name, String body, String field) throws Exception {
        ResponseEntity<String> response = post(body, MediaType.APPLICATION_JSON, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").isNull() ? null : error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void refusesAWrongContentType() {
        assertThat(post(VALID, MediaType.TEXT_PLAIN, null).getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    private ResponseEntity<String> post(String body, MediaType type, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.postForEntity("/api/v1/criteria/check", new HttpEntity<>(body, headers), String.class);
    }
}
