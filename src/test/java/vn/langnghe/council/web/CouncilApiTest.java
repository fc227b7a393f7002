package vn.langnghe.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.ApiCalls.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.langnghe.IntegrationTest;
import vn.langnghe.council.CouncilService;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.workflow.ReviewedDossiers;

/** The council, the decision and the issued documents over HTTP, as a one-stop system would drive them. */
@IntegrationTest
class CouncilApiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierService dossiers;
    @Autowired
    CouncilService council;

    @Test
    void aBadRoundIsRefusedFieldByField() throws Exception {
        ResponseEntity<String> response = send(http, "thamdinh", HttpMethod.POST, "/api/v1/council-rounds", """
                {"name": " ", "members": ["hoidong1", "thamdinh", "hoidong1"], "chair": "hoidong9", "quorum": 7, "threshold": 100}
                """);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(StreamSupport.stream(json.readTree(response.getBody()).get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).distinct())
                .containsExactlyInAnyOrder("name", "members", "chair", "quorum", "threshold");
        assertThat(response.getBody()).contains("Vui lòng nhập tên phiên họp");
    }

    @Test
    void aRoundFromSetUpToTheCertificate() throws Exception {
        Dossier dossier = new ReviewedDossiers(context).awaitingCouncil("Bản Lác");
        JsonNode round = body(send(http, "thamdinh", HttpMethod.POST, "/api/v1/council-rounds", """
                {"name": "Hội đồng xét duyệt qua API", "members": ["hoidong1", "hoidong2", "hoidong3"], "chair": "hoidong1"}
                """), 201);
        assertThat(round.get("quorum").asInt()).as("two thirds of three").isEqualTo(2);
        assertThat(round.get("threshold").asInt()).isEqualTo(50);
        String path = "/api/v1/council-rounds/" + round.get("id").asLong();
        body(send(http, "thamdinh", HttpMethod.POST, path + "/agenda", "{\"dossierIds\": [" + dossier.getId() + "]}"), 200);
        assertThat(body(send(http, "thamdinh", HttpMethod.POST, path + "/open", null), 200).get("status").asText())
                .isEqualTo("OPEN");
        assertThat(send(http, "thamdinh", HttpMethod.POST, path + "/open", null).getStatusCode().value())
                .as("an open round is not opened twice").isEqualTo(409);

        String ballot = taskOf("hoidong1", "COUNCIL_VOTE", dossier.getId());
        assertThat(send(http, "hoidong1", HttpMethod.POST, "/api/v1/tasks/" + ballot + "/complete",
                "{\"outcome\": \"MAYBE\", \"opinion\": \"?\"}").getStatusCode().value()).isEqualTo(400);
        assertThat(send(http, "hoidong2", HttpMethod.POST, "/api/v1/tasks/" + ballot + "/complete",
                "{\"outcome\": \"AGREE\", \"opinion\": \"Không phải phiếu của tôi\"}").getStatusCode().value())
                .as("another member's ballot is not found").isEqualTo(404);
        body(send(http, "hoidong1", HttpMethod.POST, "/api/v1/tasks/" + ballot + "/complete", """
                {"outcome": "AGREE", "opinion": "Làng nghề có truyền thống lâu đời", "remarks": {"V1": "Đạt, 80 % hộ tham gia"}}
                """), 200);
        assertThat(send(http, "hoidong1", HttpMethod.POST, path + "/close", null).getStatusCode().value())
                .as("one of three has voted: no quorum yet").isEqualTo(409);
        body(send(http, "hoidong2", HttpMethod.POST, "/api/v1/tasks/" + taskOf("hoidong2", "COUNCIL_VOTE",
                dossier.getId()) + "/complete", "{\"outcome\": \"AGREE\", \"opinion\": \"Đồng ý\"}"), 200);
        JsonNode open = body(send(http, "chutich", HttpMethod.GET, path, null), 200);
        assertThat(open.get("agenda").get(0).get("result").isNull()).as("secret until closed").isTrue();
        assertThat(send(http, "hoidong2", HttpMethod.POST, path + "/close", null).getStatusCode().value())
                .as("only the chair closes").isEqualTo(403);

        JsonNode closed = body(send(http, "hoidong1", HttpMethod.POST, path + "/close", null), 200);

        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedByChair").asBoolean()).isTrue();
        JsonNode result = closed.get("agenda").get(0);
        assertThat(result.get("result").asText()).isEqualTo("RECOMMENDED");
        assertThat(result.get("agree").asInt()).isEqualTo(2);

        String decision = taskOf("chutich", "DECISION", dossier.getId());
        assertThat(send(http, "chutich", HttpMethod.POST, "/api/v1/tasks/" + decision + "/complete",
                "{\"outcome\": \"REJECT\", \"reason\": \"\"}").getStatusCode().value()).isEqualTo(400);
        body(send(http, "chutich", HttpMethod.POST, "/api/v1/tasks/" + decision + "/complete",
                "{\"outcome\": \"APPROVE\"}"), 200);

        String documents = "/api/v1/dossiers/" + dossier.getId() + "/documents";
        JsonNode issued = body(send(http, "xa.daidong", HttpMethod.GET, documents, null), 200);
        assertThat(StreamSupport.stream(issued.spliterator(), false).map(d -> d.get("kind").asText()))
                .containsExactly("MINUTES", "DECISION", "CERTIFICATE");
        assertThat(issued.get(1).get("number").asText()).matches("\\d+/QĐ-UBND");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("xa.daidong", "demo")
                .getForEntity(documents + "/" + issued.get(2).get("id").asLong(), byte[].class);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(http.withBasicAuth("xa.maiha", "demo").getForEntity(documents + "/" + issued.get(2).get("id")
                .asLong(), byte[].class).getStatusCode().value()).as("another commune's certificate").isEqualTo(404);
        assertThat(body(send(http, "xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + dossier.getId(), null), 200)
                .get("state").asText()).isEqualTo("RECOGNISED");
    }

    private String taskOf(String user, String step, Long dossierId) throws Exception {
        JsonNode tasks = body(send(http, user, HttpMethod.GET, "/api/v1/tasks?size=200", null), 200);
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("step").asText().equals(step) && t.get("dossierId").asLong() == dossierId)
                .findFirst().orElseThrow().get("id").asText();
    }

    private JsonNode body(ResponseEntity<String> response, int status) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        return response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
    }
}
