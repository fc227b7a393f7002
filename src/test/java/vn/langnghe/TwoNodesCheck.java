package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mariadb.jdbc.Driver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.langnghe.dossier.web.DossierApiSamples;

/**
 * Two production nodes on one database, as {@code ops/two-nodes.sh} starts them: a dossier handed from node to
 * node at every step is recognised, files uploaded on one node are read on the other, wrong passwords on both
 * nodes add up to one lock, and every due timer runs exactly once although both nodes' job executors poll for
 * it (a third of the timers only node 1 may take, a third only node 2, so both are seen to run timers, and both
 * compete for the rest). Runs only when the script names the nodes ({@code -Dtwonodes.node1=…}); its name
 * keeps it out of {@code ./mvnw verify}.
 */
@EnabledIfSystemProperty(named = "twonodes.node1", matches = ".+")
class TwoNodesCheck {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_FILES = List.of("HOUSEHOLD_LIST", "PRODUCTION_SUMMARY",
            "ENVIRONMENT_DOCUMENT");
    /** Dossiers left waiting, each with one escalation timer that the test makes due at once. */
    private static final int WAITING_DOSSIERS = 40;
    private static final Duration TIMERS_RUN_WITHIN = Duration.ofMinutes(2);
    private static final int SUCCESSFUL = 2;

    private static final List<TestRestTemplate> NODES = Stream.of("twonodes.node1", "twonodes.node2")
            .map(node -> new TestRestTemplate(new RestTemplateBuilder().rootUri(System.getProperty(node)))).toList();
    private static final JdbcTemplate DATABASE = new JdbcTemplate(new SimpleDriverDataSource(new Driver(),
            System.getProperty("twonodes.db-url"), System.getProperty("twonodes.db-user"),
            System.getProperty("twonodes.db-password")));

    private final ObjectMapper json = new ObjectMapper();

    /** The production profile creates only the administrator; the people of the procedure are added here. */
    @BeforeAll
    static void createUsers() {
        String password = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("demo");
        List<Object[]> users = List.of(
                new Object[] {"xa.daidong", "Cán bộ UBND xã Đại Đồng", "COMMUNE_OFFICER", 105347L},
                new Object[] {"tiepnhan", "Chuyên viên tiếp nhận hồ sơ", "INTAKE_OFFICER", null},
                new Object[] {"thamdinh", "Chuyên viên thẩm định", "REVIEWER", null},
                new Object[] {"hoidong1", "Thành viên Hội đồng 1", "COUNCIL_MEMBER", null},
                new Object[] {"hoidong2", "Thành viên Hội đồng 2", "COUNCIL_MEMBER", null},
                new Object[] {"hoidong3", "Thành viên Hội đồng 3", "COUNCIL_MEMBER", null},
                new Object[] {"chutich", "Chủ tịch UBND tỉnh", "LEADER", null},
                new Object[] {"thu.khoa", "Người thử khóa", "PROVINCIAL_STAFF", null});
        for (Object[] user : users) {
            DATABASE.update("INSERT IGNORE INTO user_account (username, password_hash, full_name, role, commune_id) "
                    + "VALUES (?, ?, ?, ?, ?)", user[0], password, user[1], user[2], user[3]);
        }
    }

    @Test
    void aDossierHandedFromNodeToNodeAtEveryStepIsRecognised() {
        long id = submitted(0, "Bản Lác");
        complete(1, "tiepnhan", "INTAKE", id, "{\"outcome\": \"ACCEPT\"}");
        complete(0, "thamdinh", "APPRAISAL", id, """
                {"outcome": "RECOMMEND", "findings": [{"code": "V3", "passed": true, "reason": "Có kế hoạch bảo vệ môi trường"}],
                 "opinion": "Đề nghị công nhận"}
                """);
        JsonNode round = body(send(1, "thamdinh", HttpMethod.POST, "/api/v1/council-rounds", """
                {"name": "Hội đồng xét duyệt hai máy chủ", "members": ["hoidong1", "hoidong2", "hoidong3"], "chair": "hoidong1"}
                """), 201);
        String path = "/api/v1/council-rounds/" + round.get("id").asLong();
        body(send(0, "thamdinh", HttpMethod.POST, path + "/agenda", "{\"dossierIds\": [" + id + "]}"), 200);
        body(send(1, "thamdinh", HttpMethod.POST, path + "/open", null), 200);
        complete(0, "hoidong1", "COUNCIL_VOTE", id, "{\"outcome\": \"AGREE\", \"opinion\": \"Đồng ý\"}");
        complete(1, "hoidong2", "COUNCIL_VOTE", id, "{\"outcome\": \"AGREE\", \"opinion\": \"Đồng ý\"}");
        assertThat(body(send(0, "hoidong1", HttpMethod.POST, path + "/close", null), 200).get("agenda").get(0)
                .get("result").asText()).isEqualTo("RECOMMENDED");
        complete(1, "chutich", "DECISION", id, "{\"outcome\": \"APPROVE\"}");

        JsonNode dossier = body(send(0, "xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + id, null), 200);
        assertThat(dossier.get("state").asText()).isEqualTo("RECOGNISED");
        JsonNode documents = body(send(1, "xa.daidong", HttpMethod.GET, "/api/v1/dossiers/" + id + "/documents",
                null), 200);
        assertThat(StreamSupport.stream(documents.spliterator(), false).map(d -> d.get("kind").asText()))
                .containsExactly("MINUTES", "DECISION", "CERTIFICATE");
        for (JsonNode attachment : dossier.get("attachments")) {
            ResponseEntity<byte[]> file = NODES.get(0).withBasicAuth("xa.daidong", "demo").getForEntity(
                    "/api/v1/dossiers/" + id + "/attachments/" + attachment.get("id").asLong(), byte[].class);
            assertThat(file.getBody()).as("uploaded on node 2, read on node 1").isEqualTo(PDF);
        }
    }

    @Test
    void wrongPasswordsOnBothNodesAddUpToOneLock() {
        assertThat(status(0, "thu.khoa", "demo")).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(status(i % 2, "thu.khoa", "sai-" + i)).isEqualTo(401);
        }

        assertThat(status(0, "thu.khoa", "demo")).as("locked on node 1").isEqualTo(401);
        assertThat(status(1, "thu.khoa", "demo")).as("locked on node 2").isEqualTo(401);
        assertThat(status(1, "thamdinh", "demo")).isEqualTo(200);
    }

    @Test
    void everyDueTimerRunsExactlyOnceThoughBothNodesPoll() throws Exception {
        List<Long> dossiers = IntStream.range(0, WAITING_DOSSIERS).mapToObj(i -> submitted(i % 2, "Làng chờ " + i))
                .toList();
        // Half move on to appraisal, so intake and appraisal escalations are both among the timers.
        for (int i = 0; i < dossiers.size(); i += 2) {
            complete((i / 2) % 2, "tiepnhan", "INTAKE", dossiers.get(i), "{\"outcome\": \"ACCEPT\"}");
        }
        String keys = dossiers.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        List<String> timers = DATABASE.queryForList("SELECT j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e "
                + "ON e.ID_ = j.PROCESS_INSTANCE_ID_ WHERE j.TYPE_ = 'timer' AND e.BUSINESS_KEY_ IN (" + keys + ")",
                String.class);
        assertThat(timers).as("one escalation timer per waiting dossier").hasSize(WAITING_DOSSIERS);
        String jobs = timers.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        // Priority 0 is node 1's alone, 2 is node 2's alone and both compete for 1 (ops/two-nodes.sh sets the ranges).
        DATABASE.batchUpdate("UPDATE ACT_RU_JOB SET PRIORITY_ = ? WHERE ID_ = ?", IntStream.range(0, timers.size())
                .mapToObj(i -> new Object[] {i % 3, timers.get(i)}).toList());

        DATABASE.update("UPDATE ACT_RU_JOB SET DUEDATE_ = '2000-01-01' WHERE ID_ IN (" + jobs + ")");
        Instant deadline = Instant.now().plus(TIMERS_RUN_WITHIN);
        while (pending(jobs) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }

        assertThat(pending(jobs)).as("every due timer was taken by a node").isZero();
        Map<String, Long> runsPerJob = counts("SELECT JOB_ID_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = "
                + SUCCESSFUL + " AND JOB_ID_ IN (" + jobs + ") GROUP BY JOB_ID_");
        assertThat(runsPerJob).hasSize(WAITING_DOSSIERS);
        assertThat(runsPerJob.values()).as("no timer ran twice").containsOnly(1L);
        Map<String, Long> escalationsPerDossier = counts("SELECT dossier_id, COUNT(*) FROM notification "
                + "WHERE message_key LIKE 'notification.task.escalated.%' AND dossier_id IN (" + keys + ") "
                + "GROUP BY dossier_id");
        assertThat(escalationsPerDossier).hasSize(WAITING_DOSSIERS);
        assertThat(escalationsPerDossier.values()).as("the leader is told once per dossier").containsOnly(1L);
        Map<String, Long> runsPerNode = counts("SELECT CONCAT(HOSTNAME_, ' priority ', JOB_PRIORITY_), COUNT(*) "
                + "FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = " + SUCCESSFUL + " AND JOB_ID_ IN (" + jobs + ") "
                + "GROUP BY HOSTNAME_, JOB_PRIORITY_");
        System.out.println("Timers run per node: " + runsPerNode + "; failed attempts: " + DATABASE.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 AND JOB_ID_ IN (" + jobs + ")", Long.class));
        assertThat(runsPerNode).as("both nodes' job executors ran timers, each only those it may take")
                .containsKeys("node-1 priority 0", "node-2 priority 2")
                .doesNotContainKeys("node-2 priority 0", "node-1 priority 2");
    }

    /** A complete dossier: created on {@code node}, its files uploaded on the other node, submitted on {@code node}. */
    private long submitted(int node, String villageName) {
        long id = body(send(node, "xa.daidong", HttpMethod.POST, "/api/v1/dossiers", DossierApiSamples.CRAFT_VILLAGE
                .replace("\"villageName\": \"Bản Lác\"", "\"villageName\": \"" + villageName + "\"")), 201)
                .get("id").asLong();
        for (String kind : REQUIRED_FILES) {
            assertThat(upload(1 - node, id, kind).getStatusCode().value()).isEqualTo(201);
        }
        assertThat(body(send(node, "xa.daidong", HttpMethod.POST, "/api/v1/dossiers/" + id + "/submit", null), 200)
                .get("state").asText()).isEqualTo("SUBMITTED");
        return id;
    }

    /** Finds the user's task for the dossier on one node and completes it on the other. */
    private void complete(int node, String user, String step, long dossierId, String decision) {
        JsonNode tasks = body(send(node, user, HttpMethod.GET, "/api/v1/tasks?size=200", null), 200);
        String task = StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.get("step").asText().equals(step) && t.get("dossierId").asLong() == dossierId)
                .findFirst().orElseThrow().get("id").asText();
        body(send(1 - node, user, HttpMethod.POST, "/api/v1/tasks/" + task + "/complete", decision), 200);
    }

    private ResponseEntity<String> send(int node, String user, HttpMethod method, String path, String body) {
        return ApiCalls.send(NODES.get(node), user, method, path, body);
    }

    private ResponseEntity<String> upload(int node, long id, String kind) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("kind", kind);
        parts.add("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return kind.toLowerCase() + ".pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return NODES.get(node).withBasicAuth("xa.daidong", "demo").postForEntity("/api/v1/dossiers/" + id
                + "/attachments", new HttpEntity<>(parts, headers), String.class);
    }

    private int status(int node, String user, String password) {
        return NODES.get(node).withBasicAuth(user, password).getForEntity("/api/v1/dossiers", String.class)
                .getStatusCode().value();
    }

    private JsonNode body(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        try {
            return response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long pending(String jobs) {
        return DATABASE.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE ID_ IN (" + jobs + ")", Long.class);
    }

    private Map<String, Long> counts(String sql) {
        return DATABASE.query(sql, rs -> {
            Map<String, Long> result = new TreeMap<>();
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
            return result;
        });
    }
}
