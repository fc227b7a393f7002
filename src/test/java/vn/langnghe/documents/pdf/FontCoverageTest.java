package vn.langnghe.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FontCoverageTest {

    /** The letters named in the brief, lower case and a few capitals. */
    static final String BRIEF_LETTERS =
        "ả ạ ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ đ ế ề ể ễ ệ ỉ ị ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ủ ụ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ Đ Ầ Ơ Ư Ộ";

    /** Every Vietnamese letter with a diacritic, lower and upper case, NFC (134 + đ/Đ). */
    static List<String> allVietnameseLetters() {
        String[] bases = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        List<String> letters = new ArrayList<>();
        for (String base : bases) {
            for (String tone : tones) {
                String lower = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                letters.add(lower);
                letters.add(lower.toUpperCase(TextKit.VI));
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return letters;
    }

    @ParameterizedTest
    @EnumSource(PdfKit.Face.class)
    void fontResourcesAreOnTheClassPathAndCoverVietnamese(PdfKit.Face face) throws IOException {
        try (InputStream in = PdfKit.class.getResourceAsStream(face.resource)) {
            assertNotNull(in, face.resource);
        }
        for (String letter : allVietnameseLetters()) {
            assertEquals(1, letter.codePointCount(0, letter.length()), "precomposed in NFC: " + letter);
            assertTrue(PdfKit.base(face).charExists(letter.codePointAt(0)),
                face + " lacks U+" + Integer.toHexString(letter.codePointAt(0)).toUpperCase() + " " + letter);
        }
    }

    @Test
    void everyLetterSurvivesRenderingAndExtraction() throws IOException {
        String all = String.join(" ", allVietnameseLetters());
        DecisionContent c = new DecisionContent("1/QĐ-UBND", LocalDate.of(2026, 11, 22), "Phú Thọ", "Đỗ Ưng",
            "làng nghề", "Làng " + BRIEF_LETTERS, List.of("thôn " + all), "nghề " + all, 4, "Ơ Ư",
            "xã Ầu Ộ", null, 0, "đợt 1", LocalDate.of(2026, 11, 1));
        byte[] pdf = DecisionPdf.render(c);
        String text = PdfTestSupport.text(pdf);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertTrue(text.contains("Làng " + BRIEF_LETTERS), text);
        assertTrue(text.contains(all), "all letters in extracted text");
        assertTrue(text.contains("Nghề: nghề " + all));
    }

    static List<byte[]> allDocuments() {
        return List.of(
            DecisionPdf.render(Samples.decision(50_000_000L)),
            DecisionPdf.render(Samples.longDecision()),
            CertificatePdf.render(Samples.certificate()),
            CertificatePdf.render(Samples.longCertificate()),
            MinutesPdf.render(Samples.minutes(true)),
            MinutesPdf.render(Samples.minutes(false)));
    }

    @ParameterizedTest
    @MethodSource("allDocuments")
    void fontsAreEmbeddedType0IdentityHWithToUnicode(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int checked = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                    assertEquals(COSName.IDENTITY_H, font.getCOSObject().getDictionaryObject(COSName.ENCODING));
                    assertNotNull(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), "ToUnicode");
                    checked++;
                }
            }
            assertTrue(checked >= 2, "at least two faces used");
        }
    }
}
