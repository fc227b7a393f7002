package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfTestSupport.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {


    private static void assertOneLandscapeA4Page(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            assertEquals(0, page.getRotation());
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 1f);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 1f);
        }
    }

    @Test
    void isOneLandscapePageWithTheCertificateText() throws IOException {
        byte[] pdf = CertificatePdf.render(Samples.certificate());
        assertOneLandscapeA4Page(pdf);
        String text = PdfTestSupport.text(pdf);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertContains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
        assertContains(text, "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
        assertContains(text, "BẰNG CÔNG NHẬN");
        assertContains(text, "LÀNG NGHỀ TRUYỀN THỐNG");
        assertContains(text, "Bản Lác");
        assertContains(text, "Nghề: dệt thổ cẩm");
        assertContains(text, "Xã Chiềng Châu, tỉnh Phú Thọ");
        assertContains(text, "Theo Quyết định số 15/QĐ-UBND ngày 22/11/2026 của Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ");
        assertContains(text, "Phú Thọ, ngày 22 tháng 11 năm 2026 CHỦ TỊCH Trần Duy Đông");
    }

    @Test
    void longNamesStillFitOnePage() throws IOException {
        byte[] pdf = CertificatePdf.render(Samples.longCertificate());
        assertOneLandscapeA4Page(pdf);
        String text = PdfTestSupport.text(pdf);
        assertContains(text, Samples.longCertificate().villageName());
        assertContains(text, "Phường Kỳ Sơn, tỉnh Phú Thọ");
        assertContains(text, "Theo Quyết định số 1234/QĐ-UBND ngày 05/02/2026");
        float[] extent = PdfTestSupport.horizontalExtent(pdf);
        assertTrue(extent[0] >= PdfTestSupport.mm(15), "inside the border: " + extent[0]);
        assertTrue(extent[1] <= PDRectangle.A4.getHeight() - PdfTestSupport.mm(15), "inside the border: " + extent[1]);
    }

    @Test
    void extremeContentIsScaledDownToOnePage() throws IOException {
        String longCraft = "dệt thổ cẩm ".repeat(60).trim();
        CertificateContent c = new CertificateContent("Phú Thọ", "Nguyễn Văn Ánh", "làng nghề truyền thống",
            "Bản Lác ".repeat(12).trim(), longCraft, "xã Chiềng Châu", "15/QĐ-UBND",
            java.time.LocalDate.of(2026, 11, 22));
        byte[] pdf = CertificatePdf.render(c);
        assertOneLandscapeA4Page(pdf);
        assertContains(PdfTestSupport.text(pdf), "Nguyễn Văn Ánh");
    }
}
