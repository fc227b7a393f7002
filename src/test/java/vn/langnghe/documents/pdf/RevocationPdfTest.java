package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfTestSupport.assertContains;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevocationPdfTest {

    @Test
    void withdrawsTheTitleOfTheNamedVillageWithItsNumberAndReason() {
        String text = PdfTestSupport.text(RevocationPdf.render(new RevocationContent("7/QĐ-UBND",
            LocalDate.of(2026, 11, 22), "Phú Thọ", "Trần Duy Đông", "làng nghề", "Xóm Đoàn Kết", "xã Yên Nghiệp",
            null, "3/QĐ-UBND", "Tỷ lệ hộ tham gia năm 2025 chỉ còn 12 %, dưới mức 20 %.")));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertContains(text, "Số: 7/QĐ-UBND");
        assertContains(text, "Phú Thọ, ngày 22 tháng 11 năm 2026");
        assertContains(text, "QUYẾT ĐỊNH Về việc thu hồi danh hiệu làng nghề Xóm Đoàn Kết, xã Yên Nghiệp");
        assertContains(text, "Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ");
        assertContains(text, "Căn cứ Quyết định số 3/QĐ-UBND về việc công nhận làng nghề Xóm Đoàn Kết;");
        assertContains(text, "Điều 1. Thu hồi danh hiệu “Làng nghề” của Xóm Đoàn Kết, xã Yên Nghiệp, tỉnh Phú Thọ.");
        assertContains(text, "Lý do: Tỷ lệ hộ tham gia năm 2025 chỉ còn 12 %, dưới mức 20 %.");
        assertContains(text, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
        assertContains(text, "chịu trách nhiệm thi hành Quyết định này.");
        assertContains(text, "CHỦ TỊCH Trần Duy Đông");
    }

    @Test
    void aVillageRecognisedBeforeTheReformIsNamedByItsCommuneNowAndThen() {
        String text = PdfTestSupport.text(RevocationPdf.render(new RevocationContent("8/QĐ-UBND",
            LocalDate.of(2026, 12, 4), "Phú Thọ", "Trần Duy Đông", "làng nghề truyền thống", "Xóm Lục", "Xã Đại Đồng",
            "xã Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình", "12/QĐ-UBND", "Không còn đủ hộ tham gia.")));
        assertContains(text, "Điều 1. Thu hồi danh hiệu “Làng nghề truyền thống” của Xóm Lục, xã Đại Đồng (trước đây xã"
            + " Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình), tỉnh Phú Thọ.");
        assertContains(text, "Chủ tịch Ủy ban nhân dân xã Đại Đồng và các cơ quan");
    }
}
