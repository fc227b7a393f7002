package vn.langnghe.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** The task API over real HTTP: listing, claiming, completing, and every refusal it owes. */
@IntegrationTest
class TaskApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void secondIntakeOfficer() {
        users.createIfMissing("tiepnhan2", "demo", "Chuyên viên tiếp nhận 2", Role.INTAKE_OFFICER, null);
    }

    @Test
    void intakeReturnsTheCommuneResubmitsIntakeAcceptsAndTheReviewerAppraises() throws Exception {
        long dossierId = submittedDossier();
        String task = taskFor("tiepnhan", dossierId, "INTAKE");

        assertThat(send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + task + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(send("tiepnhan2", HttpMethod.POST, "/api/v1/tasks/" + task + "/claim", null).getStatusCode())
                .as("already taken").isEqualTo(HttpStatus.CONFLICT);
        assertThat(send("tiepnhan2", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"ACCEPT\"}").getStatusCode()).as("not yours").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"MAYBE\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"RETURN\"}").getBody()).as("a return needs a reason").contains("\"field\":\"reason\"");

        assertThat(send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"RETURN\", \"reason\": \"Thiếu chữ ký\", \"deadlineDays\": 15}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"ACCEPT\"}").getStatusCode()).as("already done").isEqualTo(HttpStatus.CONFLICT);
        JsonNode returned = json.readTree(send("xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + dossierId, null)
                .getBody());
        assertThat(returned.get("state").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asText()).isEqualTo("Thiếu chữ ký");

        assertThat(send("xa.daidong", HttpMethod.POST, "/api/v1/dossiers/" + dossierId + "/submit", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        String again = taskFor("tiepnhan", dossierId, "INTAKE");
        send("tiepnhan", HttpMethod.POST, "/api/v1/tasks/" + again + "/complete", "{\"outcome\": \"ACCEPT\"}");
        JsonNode accepted = json.readTree(send("xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + dossierId, null)
                .getBody());
        assertThat(accepted.get("state").asText()).isEqualTo("IN_APPRAISAL");
        assertThat(accepted.get("dueDate").isNull()).isFalse();
        assertThat(accepted.get("workingDaysUsed").asInt()).isZero();

        String appraisal = taskFor("thamdinh", dossierId, "APPRAISAL");
        ResponseEntity<String> noFindings = send("thamdinh", HttpMethod.POST, "/api/v1/tasks/" + appraisal + "/complete",
                "{\"outcome\": \"RECOMMEND\", \"opinion\": \"Đủ điều kiện\"}");
        assertThat(noFindings.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFindings.getBody()).contains("V3");
        assertThat(send("thamdinh", HttpMethod.POST, "/api/v1/tasks/" + appraisal + "/complete", """
                {"outcome": "RECOMMEND", "opinion": "Đủ điều kiện công nhận làng nghề",
                 "findings": [{"code": "V3", "passed": true, "reason": "Có tổ tự quản môi trường"}]}
                """).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(send("xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + dossierId, null).getBody())
                .get("state").asText()).isEqualTo("AWAITING_COUNCIL");
        assertThat(send("xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + dossierId + "/history", null).getBody())
                .contains("RETURNED", "RESUBMITTED", "ACCEPTED", "RECOMMENDED");
    }

    @Test
    void aCommuneCannotActOnATaskByGuessingItsId() throws Exception {
        long dossierId = submittedDossier();
        String task = taskFor("tiepnhan", dossierId, "INTAKE");

        assertThat(send("xa.maiha", HttpMethod.POST, "/api/v1/tasks/" + task + "/complete",
                "{\"outcome\": \"ACCEPT\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("xa.daidong", HttpMethod.POST, "/api/v1/tasks/" + task + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("thamdinh", HttpMethod.POST, "/api/v1/tasks/" + task + "/claim", null).getStatusCode())
                .as("a reviewer does not take intake tasks").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(send("xa.daidong", HttpMethod.GET, "/api/v1/tasks", null).getBody()).size()).isZero();
    }

    private long submittedDossier() {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Bản Lác"));
        return dossiers.submit(commune, dossier.getId()).getId();
    }

    private String taskFor(String user, long dossierId, String step) throws Exception {
        for (JsonNode task : json.readTree(send(user, HttpMethod.GET, "/api/v1/tasks?size=200", null).getBody())) {
            if (task.get("dossierId").asLong() == dossierId && task.get("step").asText().equals(step)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("no " + step + " task for dossier " + dossierId + " in " + user + "'s inbox");
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        return ApiCalls.send(http, user, method, path, body);
    }
}
