package vn.langnghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.dossier.web.DossierApiSamples;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * Bad input over the API, case by case: each gets a 4xx with a message (in Vietnamese) and stores nothing.
 * SQL and HTML are not bad input: they are stored as the text they are and shown as text (see
 * {@code HtmlShownAsTextTest}).
 */
@IntegrationTest
class BadInputTest {

    private static final String LONG = "a".repeat(10_000);
    private static final List<String> TABLES = List.of("dossier", "dossier_hamlet", "dossier_attachment", "dossier_event",
            "council_round", "council_vote", "appraisal");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    private static final String OVERSIZED = "file over 20 MB";

    private record Case(String name, String user, HttpMethod method, String path, MediaType type, Object body,
            Set<Integer> expected) {
    }

    @Test
    void everyBadInputIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        Dossier draft = dossiers.create(commune, SampleDossiers.craftVillage("Xóm Lục"));
        Dossier submitted = dossiers.submit(commune,
                SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Bản Lác")).getId());
        String intake = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(submitted.getId()))
                .singleResult().getId();

        List<Case> cases = new ArrayList<>();
        dossier(cases, "negative households", n -> n.put("totalHouseholds", -1));
        dossier(cases, "households in words", n -> n.put("totalHouseholds", "tám trăm"));
        dossier(cases, "households beyond an integer", n -> n.put("totalHouseholds", 3_000_000_000L));
        dossier(cases, "fractional households", n -> n.put("totalHouseholds", 1.5));
        dossier(cases, "participating above total", n -> n.put("participatingHouseholds", 900));
        dossier(cases, "negative participating", n -> n.put("participatingHouseholds", -5));
        dossier(cases, "negative workers", n -> ((ObjectNode) n.get("workers")).put("total", -1));
        dossier(cases, "regular above total workers", n -> ((ObjectNode) n.get("workers")).put("regular", 500));
        dossier(cases, "workers beyond ten million", n -> ((ObjectNode) n.get("workers")).put("total", 20_000_000));
        dossier(cases, "craft since the future", n -> n.put("craftSinceYear", 2100));
        dossier(cases, "craft since before the year 1000 (older crafts exist, so 1800 is no limit here)",
                n -> n.put("craftSinceYear", 999));
        dossier(cases, "craft since in words", n -> n.put("craftSinceYear", "xưa lắm"));
        dossier(cases, "production in a future year", n -> production(n, 2031, 1000));
        dossier(cases, "production before 1800", n -> production(n, 1700, 1000));
        dossier(cases, "negative production", n -> production(n, 2024, -1));
        dossier(cases, "production in words", n -> ((ObjectNode) n.withArray("production").get(0)).put("value", "nhiều"));
        dossier(cases, "activity group 0", n -> n.put("activityGroup", 0));
        dossier(cases, "activity group 8", n -> n.put("activityGroup", 8));
        dossier(cases, "unknown title", n -> n.put("title", "VILLAGE"));
        dossier(cases, "10,000-character village name", n -> n.put("villageName", LONG));
        dossier(cases, "NUL in the village name", n -> n.put("villageName", "Bản\u0000Lác"));
        dossier(cases, "bell character in the village name", n -> n.put("villageName", "Bản Lác\u0007"));
        dossier(cases, "right-to-left override in the craft", n -> n.put("craft", "Dệt \u202Ethổ cẩm"));
        dossier(cases, "10,000-character craft", n -> n.put("craft", LONG));
        dossier(cases, "10,000-character hamlet", n -> n.withArray("hamlets").add(LONG));
        dossier(cases, "empty hamlet", n -> n.withArray("hamlets").add(""));
        dossier(cases, "line break in a hamlet", n -> n.withArray("hamlets").add("Bản\nLác"));
        dossier(cases, "artisan without a name", n -> ((ObjectNode) n.withArray("artisans").get(0)).put("name", " "));
        dossier(cases, "10,000-character artisan", n -> ((ObjectNode) n.withArray("artisans").get(0)).put("name", LONG));
        dossier(cases, "letters in the phone", n -> ((ObjectNode) n.get("contact")).put("phone", "gọi trưởng thôn"));
        dossier(cases, "10,000-character contact", n -> ((ObjectNode) n.get("contact")).put("name", LONG));
        cases.add(new Case("malformed JSON", "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.APPLICATION_JSON, "{\"title\": \"CRAFT_VILLAGE\",", Set.of(400)));
        cases.add(new Case("a JSON array", "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.APPLICATION_JSON, "[]", Set.of(400)));
        cases.add(new Case("an empty body", "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.APPLICATION_JSON, "", Set.of(400)));
        cases.add(new Case("plain text", "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.TEXT_PLAIN, DossierApiSamples.CRAFT_VILLAGE, Set.of(415)));
        cases.add(new Case("XML", "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.APPLICATION_XML, "<dossier/>", Set.of(415)));
        cases.add(new Case("update with a bad figure", "xa.daidong", HttpMethod.PUT, "/api/v1/dossiers/" + draft.getId(),
                MediaType.APPLICATION_JSON, mutated(n -> {
                    n.put("totalHouseholds", -3);
                    n.put("version", draft.getVersion());
                }), Set.of(400)));

        check(cases, "negative households", "{\"title\": \"CRAFT_VILLAGE\", \"applicationDate\": \"2026-03-01\", "
                + "\"totalHouseholds\": -1, \"participatingHouseholds\": 0}");
        check(cases, "participating above total", "{\"title\": \"CRAFT_VILLAGE\", \"applicationDate\": \"2026-03-01\", "
                + "\"totalHouseholds\": 10, \"participatingHouseholds\": 11}");
        check(cases, "impossible date", "{\"title\": \"CRAFT_VILLAGE\", \"applicationDate\": \"2026-13-45\"}");
        check(cases, "no title", "{\"applicationDate\": \"2026-03-01\", \"totalHouseholds\": 10}");
        check(cases, "households in words", "{\"title\": \"CRAFT_VILLAGE\", \"totalHouseholds\": \"mười\"}");
        check(cases, "malformed JSON", "{\"title\": ");
        cases.add(new Case("criteria check as plain text", null, HttpMethod.POST, "/api/v1/criteria/check",
                MediaType.TEXT_PLAIN, "title=CRAFT_VILLAGE", Set.of(415)));

        round(cases, "blank name", "{\"name\": \" \", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\"}");
        round(cases, "10,000-character name", "{\"name\": \"" + LONG + "\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\"}");
        round(cases, "control character in the name", "{\"name\": \"Phiên\\u0001họp\", \"members\": [\"hoidong1\"], "
                + "\"chair\": \"hoidong1\"}");
        round(cases, "no members", "{\"name\": \"Phiên họp\", \"members\": [], \"chair\": \"hoidong1\"}");
        round(cases, "a reviewer as member", "{\"name\": \"Phiên họp\", \"members\": [\"thamdinh\"], \"chair\": \"thamdinh\"}");
        round(cases, "chair outside the council", "{\"name\": \"Phiên họp\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong2\"}");
        round(cases, "quorum 0", "{\"name\": \"Phiên họp\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\", \"quorum\": 0}");
        round(cases, "quorum above members", "{\"name\": \"Phiên họp\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\", "
                + "\"quorum\": 2}");
        round(cases, "threshold 100 %", "{\"name\": \"Phiên họp\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\", "
                + "\"threshold\": 100}");
        round(cases, "threshold in words", "{\"name\": \"Phiên họp\", \"members\": [\"hoidong1\"], \"chair\": \"hoidong1\", "
                + "\"threshold\": \"một nửa\"}");

        String attach = "/api/v1/dossiers/" + draft.getId() + "/attachments";
        file(cases, attach, "text named .pdf", "HOUSEHOLD_LIST", "danh-sach.pdf", "Danh sách hộ".getBytes(StandardCharsets.UTF_8));
        file(cases, attach, "empty file", "HOUSEHOLD_LIST", "danh-sach.pdf", new byte[0]);
        file(cases, attach, "HTML named .pdf", "HOUSEHOLD_LIST", "trang.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        file(cases, attach, "program named .pdf", "HOUSEHOLD_LIST", "chay.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        file(cases, attach, "zip bomb named .xlsx", "PRODUCTION_SUMMARY", "so-lieu.xlsx", zipBomb());
        file(cases, attach, "zip without a workbook named .xlsx", "PRODUCTION_SUMMARY", "so-lieu.xlsx", plainZip());
        file(cases, attach, "unknown kind", "PHOTO", "anh.pdf", SampleDossiers.PDF);
        file(cases, attach, OVERSIZED, "HOUSEHOLD_LIST", "lon.pdf", oversized());
        cases.add(new Case("upload without a file", "xa.daidong", HttpMethod.POST, attach, MediaType.MULTIPART_FORM_DATA,
                parts("HOUSEHOLD_LIST", null, null), Set.of(400)));

        String complete = "/api/v1/tasks/" + intake + "/complete";
        task(cases, complete, "unknown outcome", "{\"outcome\": \"MAYBE\"}");
        task(cases, complete, "no outcome", "{}");
        task(cases, complete, "return without a reason", "{\"outcome\": \"RETURN\"}");
        task(cases, complete, "return with 10,000 characters", "{\"outcome\": \"RETURN\", \"reason\": \"" + LONG + "\"}");
        task(cases, complete, "return with a control character", "{\"outcome\": \"RETURN\", \"reason\": \"Thiếu\\u0000\"}");
        task(cases, complete, "deadline of 0 days", "{\"outcome\": \"RETURN\", \"reason\": \"Thiếu\", \"deadlineDays\": 0}");
        task(cases, complete, "deadline of 1000 days", "{\"outcome\": \"RETURN\", \"reason\": \"Thiếu\", \"deadlineDays\": 1000}");
        task(cases, complete, "deadline in words", "{\"outcome\": \"RETURN\", \"reason\": \"Thiếu\", \"deadlineDays\": \"mười\"}");

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            List<Integer> before = counts();
            ResponseEntity<String> response;
            try {
                response = send(c);
            } catch (ResourceAccessException e) {
                // After its 413 Tomcat closes the connection without reading the rest of a body over the limit,
                // so a client still sending it may see a broken pipe instead of the answer. Refused all the same;
                // what matters here is that nothing was kept.
                if (!c.name().endsWith(OVERSIZED) || !counts().equals(before)) {
                    throw e;
                }
                continue;
            }
            int status = response.getStatusCode().value();
            if (!c.expected().contains(status)) {
                wrong.add(c.name() + ": " + status + " " + response.getBody());
            } else if (!hasMessage(response)) {
                wrong.add(c.name() + ": no message in " + response.getBody());
            }
            if (!counts().equals(before)) {
                wrong.add(c.name() + ": something was stored");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(intake).count()).as("the intake task is still open").isOne();
    }

    private void dossier(List<Case> cases, String name, Consumer<ObjectNode> change) throws IOException {
        cases.add(new Case("dossier: " + name, "xa.daidong", HttpMethod.POST, "/api/v1/dossiers",
                MediaType.APPLICATION_JSON, mutated(change), Set.of(400)));
    }

    private String mutated(Consumer<ObjectNode> change) throws IOException {
        ObjectNode node = (ObjectNode) json.readTree(DossierApiSamples.CRAFT_VILLAGE);
        change.accept(node);
        return json.writeValueAsString(node);
    }

    private static void production(ObjectNode node, int year, long value) {
        node.withArray("production").addObject().put("year", year).put("value", value);
    }

    private static void check(List<Case> cases, String name, String body) {
        cases.add(new Case("criteria check: " + name, null, HttpMethod.POST, "/api/v1/criteria/check",
                MediaType.APPLICATION_JSON, body, Set.of(400)));
    }

    private static void round(List<Case> cases, String name, String body) {
        cases.add(new Case("council round: " + name, "thamdinh", HttpMethod.POST, "/api/v1/council-rounds",
                MediaType.APPLICATION_JSON, body, Set.of(400)));
    }

    private static void task(List<Case> cases, String path, String name, String body) {
        cases.add(new Case("intake: " + name, "tiepnhan", HttpMethod.POST, path, MediaType.APPLICATION_JSON, body,
                Set.of(400)));
    }

    private static void file(List<Case> cases, String path, String name, String kind, String fileName, byte[] content) {
        cases.add(new Case("attachment: " + name, "xa.daidong", HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA,
                parts(kind, fileName, content), Set.of(400, 413)));
    }

    private static MultiValueMap<String, Object> parts(String kind, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("kind", kind);
        if (content != null) {
            parts.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        return parts;
    }

    private ResponseEntity<String> send(Case c) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(c.type());
        headers.setAcceptLanguageAsLocales(List.of(java.util.Locale.forLanguageTag("vi")));
        TestRestTemplate client = c.user() == null ? http : http.withBasicAuth(c.user(), "demo");
        return client.exchange(c.path(), c.method(), new HttpEntity<>(c.body(), headers), String.class);
    }

    private boolean hasMessage(ResponseEntity<String> response) {
        try {
            JsonNode errors = json.readTree(response.getBody()).get("errors");
            return errors != null && errors.size() > 0 && !errors.get(0).get("message").asText().isBlank();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private List<Integer> counts() {
        return TABLES.stream().map(t -> jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)).toList();
    }

    /** 1 MB of zeros per entry, packed a thousandfold: it claims to be a workbook and unpacks to 100 MB. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] oversized() {
        byte[] content = new byte[21 * 1024 * 1024];
        System.arraycopy(SampleDossiers.PDF, 0, content, 0, SampleDossiers.PDF.length);
        return content;
    }
}
