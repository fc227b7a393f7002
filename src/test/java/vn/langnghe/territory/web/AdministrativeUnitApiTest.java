package vn.langnghe.territory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.langnghe.IntegrationTest;

/** The public reference API over real HTTP, without login. */
@IntegrationTest
class AdministrativeUnitApiTest {

    @Autowired
    TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listsPhuThosCommunesInForcePageByPage() throws Exception {
        List<String> codes = new ArrayList<>();
        long total = -1;
        for (int page = 0; page < 2; page++) {
            JsonNode body = get("/api/v1/administrative-units?province=25&page=" + page + "&size=100");
            total = body.get("total").asLong();
            body.get("items").forEach(item -> codes.add(item.get("code").asText()));
        }
        assertThat(total).isEqualTo(148);
        assertThat(codes).hasSize(148).doesNotHaveDuplicates().contains("05347", "05251");

        JsonNode found = get("/api/v1/administrative-units?province=25&q=yen nghiep");
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode daiDong = found.get("items").get(0);
        assertThat(daiDong.get("code").asText()).isEqualTo("05347");
        assertThat(daiDong.get("name").asText()).isEqualTo("Xã Đại Đồng");
        assertThat(daiDong.get("level").asText()).isEqualTo("COMMUNE");
        assertThat(daiDong.get("province").asText()).isEqualTo("Phú Thọ");
        assertThat(daiDong.get("formedFrom")).extracting(JsonNode::asText)
                .containsExactly("Xã Ân Nghĩa", "Xã Tân Mỹ", "Xã Yên Nghiệp");

        assertThat(get("/api/v1/administrative-units").get("total").asLong()).as("the provinces").isEqualTo(34);
    }

    @Test
    void oneUnitWithWhatItWasFormedFromAndAnUnknownCodeIs404() throws Exception {
        JsonNode maiHa = get("/api/v1/administrative-units/05251");
        assertThat(maiHa.get("name").asText()).isEqualTo("Xã Mai Hạ");
        assertThat(maiHa.get("validFrom").asText()).isEqualTo("2025-07-01");
        assertThat(maiHa.get("predecessors")).extracting(p -> p.get("name").asText() + ", " + p.get("district").asText()
                + ", " + p.get("province").asText() + " → " + p.get("validTo").asText())
                .containsExactly("Chiềng Châu, Mai Châu, Hòa Bình → 2025-06-30", "Mai Hạ, Mai Châu, Hòa Bình → 2025-06-30");
        assertThat(maiHa.get("successors")).isEmpty();

        assertThat(http.getForEntity("/api/v1/administrative-units/99999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
