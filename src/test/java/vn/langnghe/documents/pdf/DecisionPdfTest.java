package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfTestSupport.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class DecisionPdfTest {


    @Test
    void containsHeaderTitleAndArticles() {
        String text = PdfTestSupport.text(DecisionPdf.render(Samples.decision(50_000_000L)));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertContains(text, "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
        assertContains(text, "Số: 15/QĐ-UBND");
        assertContains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
        assertContains(text, "Phú Thọ, ngày 22 tháng 11 năm 2026");
        assertContains(text, "QUYẾT ĐỊNH Về việc công nhận làng nghề truyền thống Bản Lác, xã Chiềng Châu");
        assertContains(text, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
        assertContains(text, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
        assertContains(text, "Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ "
            + "về phát triển ngành nghề nông thôn;");
        assertContains(text, "tại phiên họp “Hội đồng xét duyệt năm 2026” ngày 15 tháng 11 năm 2026;");
        assertContains(text, "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.");
        assertContains(text, "QUYẾT ĐỊNH:");
        assertContains(text, "Điều 1. Công nhận danh hiệu “Làng nghề truyền thống” cho Bản Lác, xã Chiềng Châu, "
            + "tỉnh Phú Thọ");
        assertContains(text, "bản Lác 1, bản Lác 2, xã Chiềng Châu, tỉnh Phú Thọ");
        assertContains(text, "xã Chiềng Châu, huyện Mai Châu, tỉnh Hòa Bình (cũ)");
        assertContains(text, "Nghề: dệt thổ cẩm.");
        assertContains(text, "nhóm 4 - " + Samples.BROCADE_GROUP);
        assertContains(text, "Điều 2. Hỗ trợ một lần cho Bản Lác số tiền 50.000.000 đồng "
            + "(Bằng chữ: Năm mươi triệu đồng)");
        assertContains(text, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.");
        assertContains(text, "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, "
            + "Chủ tịch Ủy ban nhân dân xã Chiềng Châu và các cơ quan, đơn vị, cá nhân có liên quan chịu trách "
            + "nhiệm thi hành Quyết định này.");
        assertContains(text, "Nơi nhận: - Như Điều 3;");
        assertContains(text, "CHỦ TỊCH Trần Duy Đông");
    }

    @Test
    void omitsSupportArticleWhenAmountIsZero() {
        String text = PdfTestSupport.text(DecisionPdf.render(Samples.decision(0)));
        assertFalse(text.contains("Hỗ trợ"), text);
        assertFalse(text.contains("Bằng chữ"), text);
        assertFalse(text.contains("Điều 3"), text);
        assertContains(text, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
        assertContains(text, "Nơi nhận: - Như Điều 2;");
    }

    @Test
    void isA4Portrait() throws IOException {
        try (PDDocument document = Loader.loadPDF(DecisionPdf.render(Samples.decision(0)))) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1f);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1f);
            assertEquals(0, document.getPage(0).getRotation());
        }
    }

    @Test
    void longNamesWrapInsideTheMargins() {
        byte[] pdf = DecisionPdf.render(Samples.longDecision());
        String text = PdfTestSupport.text(pdf);
        assertContains(text, "Về việc công nhận làng nghề " + Samples.longDecision().villageName() + ", phường Kỳ Sơn");
        assertContains(text, "Chủ tịch Ủy ban nhân dân phường Kỳ Sơn");
        assertContains(text, "123.456.789 đồng (Bằng chữ: Một trăm hai mươi ba triệu bốn trăm năm mươi sáu nghìn "
            + "bảy trăm tám mươi chín đồng)");
        assertContains(text, "Nguyễn Thị Hường");
        float[] extent = PdfTestSupport.horizontalExtent(pdf);
        // Tolerance: a justified line may end with a comma whose advance width (not its ink) passes the margin.
        assertTrue(extent[0] >= PdfTestSupport.mm(30) - 1f, "left margin: " + extent[0]);
        assertTrue(extent[1] <= PDRectangle.A4.getWidth() - PdfTestSupport.mm(20) + 3f, "right margin: " + extent[1]);
    }

    @Test
    void traditionalCraftNamesTheCraft() {
        DecisionContent c = new DecisionContent("7/QĐ-UBND", LocalDate.of(2026, 3, 9), "Hà Nội", "Lê Văn Ấn",
            "nghề truyền thống", "Làng Vạn Phúc", List.of(), "dệt lụa", 4, "", "phường Hà Đông", null, 0,
            "đợt 1 năm 2026", LocalDate.of(2026, 3, 1));
        String text = PdfTestSupport.text(DecisionPdf.render(c));
        assertContains(text, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
        assertContains(text, "Hà Nội, ngày 09 tháng 3 năm 2026");
        assertContains(text, "Về việc công nhận nghề truyền thống dệt lụa tại Làng Vạn Phúc, phường Hà Đông");
        assertContains(text, "Công nhận danh hiệu “Nghề truyền thống” cho nghề dệt lụa của Làng Vạn Phúc, "
            + "phường Hà Đông, thành phố Hà Nội");
        assertContains(text, "Chánh Văn phòng Ủy ban nhân dân thành phố");
    }

    @Test
    void normalisesDecomposedInputToNfc() {
        DecisionContent nfd = new DecisionContent("15/QĐ-UBND", LocalDate.of(2026, 11, 22),
            Normalizer.normalize("Phú Thọ", Normalizer.Form.NFD), "Trần Duy Đông",
            Normalizer.normalize("làng nghề truyền thống", Normalizer.Form.NFD),
            Normalizer.normalize("Bản Lác", Normalizer.Form.NFD), List.of(), "dệt thổ cẩm", 4, "",
            "xã Chiềng Châu", null, 0, "Hội đồng xét duyệt năm 2026", LocalDate.of(2026, 11, 15));
        String text = PdfTestSupport.text(DecisionPdf.render(nfd));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertContains(text, "Về việc công nhận làng nghề truyền thống Bản Lác, xã Chiềng Châu");
        assertContains(text, "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
    }

    @Test
    void rendersConcurrentlyWithTheSharedFonts() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long support = i % 2 == 0 ? 0 : 50_000_000L;
                results.add(pool.submit(() -> PdfTestSupport.text(DecisionPdf.render(Samples.decision(support)))));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = results.get(i).get();
                assertContains(text, "Về việc công nhận làng nghề truyền thống Bản Lác, xã Chiềng Châu");
                assertEquals(i % 2 == 1, text.contains("Năm mươi triệu đồng"));
            }
        } finally {
            pool.shutdown();
        }
    }
}
