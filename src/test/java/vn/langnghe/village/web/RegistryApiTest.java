package vn.langnghe.village.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.langnghe.ApiCalls;
import vn.langnghe.IntegrationTest;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryService;

/** The registry API over real HTTP with HTTP Basic, on the real database. */
@IntegrationTest
class RegistryApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsTheRegistryWithFiltersAndTheUnitsBeforeAndAfter2025() throws Exception {
        ResponseEntity<String> response = ApiCalls.send(http, "thongke", HttpMethod.GET,
                "/api/v1/registry/villages?q=lac son&title=TRADITIONAL_CRAFT_VILLAGE&size=5", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode xomLuc = find(body.get("items"), "Xóm Lục");
        assertThat(xomLuc.get("title").asText()).isEqualTo("TRADITIONAL_CRAFT_VILLAGE");
        assertThat(xomLuc.get("status").asText()).isEqualTo("RECOGNISED");
        assertThat(xomLuc.get("activityGroup").asInt()).isEqualTo(4);
        assertThat(xomLuc.get("craft").asText()).isEqualTo("dệt thổ cẩm");
        assertThat(xomLuc.get("commune").asText()).isEqualTo("Xã Đại Đồng");
        assertThat(xomLuc.get("communeBefore2025").asText()).isEqualTo("Yên Nghiệp");
        assertThat(xomLuc.get("districtBefore2025").asText()).isEqualTo("Lạc Sơn");
        assertThat(xomLuc.get("province").asText()).isEqualTo("Phú Thọ");
        assertThat(xomLuc.has("recognisedOn")).isTrue();
        assertThat(xomLuc.has("decisionNumber")).isTrue();
    }

    @Test
    void aCommuneFilesAReportForItsOwnVillageOnlyAndSeesErrorsByField() throws Exception {
        Long banLac = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Bản Lác");
        String path = "/api/v1/registry/villages/" + banLac + "/reports";
        String good = """
                {"year": 2024, "totalHouseholds": 230, "participatingHouseholds": 168,
                 "workers": {"total": 203, "regular": 135}, "productionValue": 9400000000, "revenue": 8000000000}
                """;

        ResponseEntity<String> filed = ApiCalls.send(http, "xa.maiha", HttpMethod.POST, path, good);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(filed.getBody()).get("workers").get("total").asInt()).isEqualTo(203);

        ResponseEntity<String> bad = ApiCalls.send(http, "xa.maiha", HttpMethod.POST, path, """
                {"year": 2024, "totalHouseholds": 230, "participatingHouseholds": 168,
                 "workers": {"total": 10, "regular": 20}, "productionValue": -1, "revenue": 0}
                """);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(bad.getBody()).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("workers.regular", "productionValue");
        assertThat(errors.findValuesAsText("message"))
                .contains("Số lao động thường xuyên không được lớn hơn tổng số lao động.");

        assertThat(ApiCalls.send(http, "xa.daidong", HttpMethod.POST, path, good).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiCalls.send(http, "xa.daidong", HttpMethod.GET, "/api/v1/registry/villages/" + banLac, null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode village = json.readTree(ApiCalls.send(http, "xa.maiha", HttpMethod.GET,
                "/api/v1/registry/villages/" + banLac, null).getBody());
        assertThat(village.get("village").get("name").asText()).isEqualTo("Bản Lác");
        JsonNode year2024 = find(village.get("reports"), 2024);
        assertThat(year2024.get("workers").get("total").asInt()).isEqualTo(203);
        assertThat(year2024.get("illustrative").asBoolean()).isFalse();
        assertThat(year2024.get("revision").asInt()).isGreaterThan(1);

        JsonNode revisions = json.readTree(ApiCalls.send(http, "thongke", HttpMethod.GET,
                "/api/v1/registry/villages/" + banLac + "/reports/2024", null).getBody());
        assertThat(revisions.size()).isEqualTo(year2024.get("revision").asInt());
        assertThat(revisions.get(0).get("illustrative").asBoolean()).isTrue();
        assertThat(revisions.get(0).get("current").asBoolean()).isFalse();
        assertThat(revisions.get(revisions.size() - 1).get("current").asBoolean()).isTrue();
    }

    @Test
    void statsHaveTheAgreedShape() throws Exception {
        ResponseEntity<String> response = ApiCalls.send(http, "chutich", HttpMethod.GET, "/api/v1/registry/stats?year=2025",
                null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode stats = json.readTree(response.getBody());
        assertThat(stats.get("year").asInt()).isEqualTo(2025);
        assertThat(stats.get("recognised").get("byTitle").has("CRAFT_VILLAGE")).isTrue();
        assertThat(stats.get("recognised").get("byTitle").has("TRADITIONAL_CRAFT")).isTrue();
        assertThat(stats.get("recognised").get("byActivityGroup").get("4").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("workers").has("regular")).isTrue();
        assertThat(stats.get("households").has("participating")).isTrue();
        assertThat(stats.get("pipeline").isObject()).isTrue();
        assertThat(stats.get("atRisk").isNumber()).isTrue();
        assertThat(ApiCalls.send(http, "chutich", HttpMethod.GET, "/api/v1/registry/stats?year=1990", null)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theOpenDataNeedsNoLogin() throws Exception {
        ResponseEntity<String> list = http.getForEntity("/api/v1/public/villages?q=ban lac", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode banLac = find(json.readTree(list.getBody()).get("items"), "Bản Lác");
        assertThat(banLac.get("province").asText()).isEqualTo("Phú Thọ");
        assertThat(banLac.has("status")).isFalse();

        ResponseEntity<byte[]> csv = http.getForEntity("/api/v1/public/villages/export", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("lang-nghe-cong-nhan.csv");
        assertThat(new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFTên làng,");
    }

    @Test
    void theRegistryDownloadsAsXlsxWithTheFilters() throws Exception {
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("thongke", "demo")
                .getForEntity("/api/v1/registry/villages/export?format=XLSX&activityGroup=1", byte[].class);

        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(4).getNumericCellValue()).isEqualTo(1);
            }
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
        assertThat(http.withBasicAuth("quantri", "demo")
                .getForEntity("/api/v1/registry/villages/export", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JsonNode find(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError(name + " not in " + items);
    }

    private static JsonNode find(JsonNode reports, int year) {
        for (JsonNode report : reports) {
            if (report.get("year").asInt() == year) {
                return report;
            }
        }
        throw new AssertionError(year + " not in " + reports);
    }
}
