package vn.langnghe.documents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import vn.langnghe.KaribuTest;
import vn.langnghe.criteria.Title;
import vn.langnghe.documents.pdf.CertificateContent;
import vn.langnghe.documents.pdf.CertificatePdf;
import vn.langnghe.documents.pdf.RevocationContent;
import vn.langnghe.documents.pdf.RevocationPdf;
import vn.langnghe.documents.ui.VerificationView;

/**
 * The public verification page and API on the real application: a certificate whose title was revoked shows as
 * revoked, unknown and malformed codes get the same 404, a handed-in file is recognised only byte for byte, and a
 * document issued before digital signing is shown so and can be re-signed by an administrator without change.
 */
class DocumentVerificationTest extends KaribuTest {

    @Autowired
    DocumentService documents;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private final long dossier = 9_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);

    private IssuedDocument certificate(String number) {
        return documents.issue(DocumentKind.CERTIFICATE, number, "chutich", new Signatory("Trần Duy Đông", "CHỦ TỊCH"),
                new Subject(Title.CRAFT_VILLAGE, "Xóm Kiểm Chứng", "xã Đại Đồng"),
                new DocumentService.Pdf("bang.pdf", CertificatePdf.render(new CertificateContent("Phú Thọ",
                        "Trần Duy Đông", "làng nghề", "Xóm Kiểm Chứng", "dệt", "xã Đại Đồng", number,
                        LocalDate.now()))), List.of(dossier));
    }

    private void revoke(String number) {
        documents.issue(DocumentKind.REVOCATION, number, "chutich", new Signatory("Trần Duy Đông", "CHỦ TỊCH"),
                new Subject(Title.CRAFT_VILLAGE, "Xóm Kiểm Chứng", "xã Đại Đồng"),
                new DocumentService.Pdf("thu-hoi.pdf", RevocationPdf.render(new RevocationContent(number,
                        LocalDate.now(), "Phú Thọ", "Trần Duy Đông", "làng nghề", "Xóm Kiểm Chứng", "xã Đại Đồng",
                        null, "1/QĐ-UBND", "Ngừng sản xuất."))), List.of(dossier));
    }

    @Test
    void aRevokedVillagesCertificateShowsAsRevokedOnThePageAndOverTheApi() throws Exception {
        String number = dossier + "/QĐ-UBND";
        IssuedDocument issued = certificate(number);
        assertThat(issued.isSigned()).isTrue();
        assertThat(issued.isArchival()).isTrue();

        UI.getCurrent().navigate("xac-minh/" + issued.getDisplayCode());
        assertThat(_get(Span.class, spec -> spec.withClasses("standing-in_force")).getText()).isEqualTo("Còn hiệu lực");

        revoke("R" + dossier + "/QĐ-UBND");
        UI.getCurrent().navigate("xac-minh/" + issued.getDisplayCode().toLowerCase());
        assertThat(_find(Div.class, spec -> spec.withClasses("verification-details"))).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withClasses("standing-revoked")).getText())
                .startsWith("Đã bị thu hồi theo Quyết định số R" + dossier + "/QĐ-UBND ngày ");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Bằng công nhận", number,
                "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "Xóm Kiểm Chứng", "xã Đại Đồng", "CHỦ TỊCH Trần Duy Đông",
                "Có chữ ký số của cơ quan ban hành", issued.getSha256());

        JsonNode api = json.readTree(http.getForObject("/api/v1/public/documents/" + issued.getDisplayCode(),
                String.class));
        assertThat(api.get("kind").asText()).isEqualTo("CERTIFICATE");
        assertThat(api.get("number").asText()).isEqualTo(number);
        assertThat(api.get("standing").asText()).isEqualTo("REVOKED");
        assertThat(api.get("revokedBy").asText()).isEqualTo("R" + dossier + "/QĐ-UBND");
        assertThat(api.get("sha256").asText()).isEqualTo(issued.getSha256());
        assertThat(api.get("subject").get("name").asText()).isEqualTo("Xóm Kiểm Chứng");
        assertThat(api.has("issuedBy")).as("no account names").isFalse();
    }

    @Test
    void unknownAndMalformedCodesGetTheSame404() {
        ResponseEntity<String> unknown = http.getForEntity("/api/v1/public/documents/ZZZZ-ZZZZ-ZZZZ-ZZZZ", String.class);
        ResponseEntity<String> malformed = http.getForEntity("/api/v1/public/documents/ma'<b>sai", String.class);
        ResponseEntity<String> byId = http.getForEntity("/api/v1/public/documents/1", String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(malformed.getStatusCode().value()).isEqualTo(404);
        assertThat(byId.getStatusCode().value()).isEqualTo(404);
        assertThat(malformed.getBody()).isEqualTo(unknown.getBody()).isEqualTo(byId.getBody());

        UI.getCurrent().navigate("xac-minh/khong-co-ma-nay");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("verification-unknown")).getText())
                .startsWith("Không tìm thấy văn bản nào có mã xác minh này.");
    }

    @Test
    void aHandedInFileIsRecognisedOnlyByteForByte() throws Exception {
        IssuedDocument issued = certificate("V" + dossier + "/QĐ-UBND");
        byte[] file = pdf(issued.getId());
        JsonNode authentic = upload(file);
        assertThat(authentic.get("verdict").asText()).isEqualTo("AUTHENTIC");
        assertThat(authentic.get("document").get("code").asText()).isEqualTo(issued.getDisplayCode());
        assertThat(authentic.get("signature").get("intact").asBoolean()).isTrue();

        byte[] changed = file.clone();
        changed[changed.length / 3] ^= 0x01;
        assertThat(upload(changed).get("verdict").asText()).isEqualTo("NOT_ISSUED");
        assertThat(upload("không phải PDF".getBytes()).get("verdict").asText()).isEqualTo("NOT_ISSUED");
    }

    @Test
    void aDocumentIssuedBeforeSigningIsShownSoAndReSignedByAnAdministratorWithoutChange() throws Exception {
        byte[] old = CertificatePdf.render(new CertificateContent("Phú Thọ", "Trần Duy Đông", "làng nghề", "Xóm Cũ",
                "dệt", "xã Đại Đồng", "O" + dossier + "/QĐ-UBND", LocalDate.of(2025, 3, 1)));
        // As the migration coded the documents issued before it: 16 hex digits.
        String code = String.format("%016X", dossier * 7919L);
        jdbc.update("INSERT INTO issued_document (kind, number, issued_on, issued_at, issued_by, file_name, size,"
                + " sha256, verification_code, subject_title, subject_name, subject_commune)"
                + " VALUES ('CERTIFICATE', ?, '2025-03-01', '2025-03-01 02:00:00', 'chutich', 'cu.pdf', ?, ?, ?,"
                + " 'CRAFT_VILLAGE', 'Xóm Cũ', 'xã Đại Đồng')", "O" + dossier + "/QĐ-UBND", old.length,
                DocumentVerification.sha256(old), code);
        Long id = jdbc.queryForObject("SELECT id FROM issued_document WHERE verification_code = ?", Long.class, code);
        jdbc.update("INSERT INTO issued_document_content (document_id, pdf) VALUES (?, ?)", id, old);

        UI.getCurrent().navigate("xac-minh/" + code);
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Ban hành trước khi áp dụng ký số");
        assertThat(upload(old).get("verdict").asText()).isEqualTo("AUTHENTIC");

        String path = "/api/v1/documents/" + code + "/re-sign";
        assertThat(post("chutich", path).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> resigned = post("quantri", path);
        assertThat(resigned.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(resigned.getBody()).get("signed").asBoolean()).isTrue();
        assertThat(post("quantri", path).getStatusCode().value()).isEqualTo(409);

        byte[] signed = pdf(id);
        assertThat(java.util.Arrays.copyOf(signed, old.length)).as("the first issue's bytes, unchanged").isEqualTo(old);
        assertThat(upload(signed).get("verdict").asText()).isEqualTo("AUTHENTIC");
        assertThat(upload(old).get("verdict").asText()).isEqualTo("EARLIER_COPY");
        UI.getCurrent().navigate("xac-minh/" + code);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Ban hành trước khi áp dụng ký số, đã được ký số bổ sung (nội dung không thay đổi)");
    }

    private byte[] pdf(Long id) {
        return jdbc.queryForObject("SELECT pdf FROM issued_document_content WHERE document_id = ?", byte[].class, id);
    }

    private ResponseEntity<String> post(String user, String path) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }

    private JsonNode upload(byte[] file) throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "tep.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.postForEntity("/api/v1/public/documents/verification",
                new HttpEntity<>(form, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }
}
