package vn.langnghe.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.documents.Signatory;
import vn.langnghe.documents.pdf.ArchivalPdf;
import vn.langnghe.documents.pdf.CertificateContent;
import vn.langnghe.documents.pdf.CertificatePdf;
import vn.langnghe.documents.pdf.DecisionContent;
import vn.langnghe.documents.pdf.DecisionPdf;

/**
 * A decision and a certificate go through what issuing does to them (PDF/A with the QR code, then a PAdES
 * signature with a test keystore) and are checked by DSS's validator, by Debian's {@code pdfsig} and by PDFBox.
 */
class SignedPdfTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-22T03:15:00Z");
    private static final Signatory VICE_CHAIR = new Signatory("Trần Duy Đông", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    private static final String URL = "https://langnghe.phutho.gov.vn/xac-minh/7K2M-9QXA-B4RT-PW3C";

    @TempDir
    static Path folder;

    static PdfSignatures signatures;
    static byte[] decision;
    static byte[] certificate;

    @BeforeAll
    static void signBoth() {
        Path keystore = folder.resolve("test-signing.p12");
        DemoCertificate.create(keystore, "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ");
        SigningSettings settings = new SigningSettings(true, keystore.toString(), DemoCertificate.PASSWORD,
                DemoCertificate.ALIAS, null, false, null);
        signatures = new PdfSignatures(SigningConfiguration.key(settings, "unused"), "Phú Thọ");
        decision = issue(DecisionPdf.render(new DecisionContent("15/QĐ-UBND", LocalDate.of(2026, 11, 22), "Phú Thọ",
                "Trần Duy Đông", "làng nghề truyền thống", "Bản Lác", List.of("bản Lác 1"), "dệt thổ cẩm", 4,
                "Sản xuất đồ gỗ, mây tre đan", "xã Mai Hạ", null, 50_000_000L, "đợt 2 năm 2026",
                LocalDate.of(2026, 11, 15))));
        certificate = issue(CertificatePdf.render(new CertificateContent("Phú Thọ", "Trần Duy Đông",
                "làng nghề truyền thống", "Bản Lác", "dệt thổ cẩm", "xã Mai Hạ", "15/QĐ-UBND",
                LocalDate.of(2026, 11, 22))));
    }

    private static byte[] issue(byte[] rendered) {
        byte[] archival = ArchivalPdf.finish(rendered, new ArchivalPdf.Stamp(URL,
                List.of("Mã xác minh: 7K2M-9QXA-B4RT-PW3C", "Ký số: ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")), SIGNED_AT);
        return signatures.sign(archival, VICE_CHAIR, SIGNED_AT);
    }

    @Test
    void dssFindsBothSignaturesIntactWithTheSignerAndTheTime() {
        for (byte[] pdf : List.of(decision, certificate)) {
            PdfSignatures.Validation validation = signatures.validate(pdf);
            assertThat(validation.signed()).isTrue();
            assertThat(validation.intact()).isTrue();
            assertThat(validation.byUs()).isTrue();
            assertThat(validation.signerName()).isEqualTo("Trần Duy Đông");
            assertThat(validation.title()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
            assertThat(validation.signingTime()).isEqualTo(SIGNED_AT);
            assertThat(validation.certificate()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ (demo)");
        }
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] changed = decision.clone();
        // A byte inside a compressed page stream, well within the signed range.
        int at = indexOf(changed, "stream", 2000) + 40;
        changed[at] ^= 0x01;
        PdfSignatures.Validation validation = signatures.validate(changed);
        assertThat(validation.signed()).isTrue();
        assertThat(validation.intact()).isFalse();
        assertThat(pdfsig(changed)).doesNotContain("Signature is Valid.");
    }

    @Test
    void anUnsignedPdfIsNotTakenForASignedOne() {
        assertThat(signatures.validate(ArchivalPdf.finish(CertificatePdf.render(new CertificateContent("Phú Thọ",
                "A", "làng nghề", "B", "c", "xã D", "1/QĐ-UBND", LocalDate.of(2026, 1, 2))),
                new ArchivalPdf.Stamp(URL, List.of()), SIGNED_AT)).signed()).isFalse();
    }

    @Test
    void popplersPdfsigAgrees() {
        for (byte[] pdf : List.of(decision, certificate)) {
            String report = pdfsig(pdf);
            assertThat(report).contains("Signature is Valid.")
                    .contains("Signer Certificate Common Name: ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ (demo)")
                    .contains("Signing Time: Nov 22 2026")
                    .contains("Total document signed")
                    .contains("Signature Type: ETSI.CAdES.detached");
        }
    }

    @Test
    void bothArePdfA2bWithTheirFontsEmbedded() throws IOException {
        for (byte[] pdf : List.of(decision, certificate)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement().satisfies(intent -> {
                    assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
                    assertThat(intent.getDestOutputIntent()).isNotNull();
                });
                XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
                PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
                assertThat(id.getPart()).isEqualTo(2);
                assertThat(id.getConformance()).isEqualTo("B");
                assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(document.getDocumentInformation().getTitle());
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name));
                    }
                }
                assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                        .as(font.getName()).isTrue());
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    void theQrCodeOnPageOneDecodesToTheVerificationUrl() throws Exception {
        for (byte[] pdf : List.of(decision, certificate)) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
                // The bottom left quarter of page 1, where the code is printed.
                assertThat(decode(page.getSubimage(0, page.getHeight() * 3 / 4, page.getWidth() / 2,
                        page.getHeight() / 4))).isEqualTo(URL);
            }
        }
    }

    @Test
    void aKeystoreWithoutTheNamedKeyIsRefused() {
        Path keystore = folder.resolve("test-signing.p12");
        assertThatThrownBy(() -> SigningConfiguration.key(new SigningSettings(true, keystore.toString(),
                DemoCertificate.PASSWORD, "chairman", null, false, null), "unused"))
                .hasMessageContaining("No key named chairman");
    }

    @Test
    void withoutAKeystoreProductionRefusesToStartUnlessSigningIsOff() {
        assertThatThrownBy(() -> SigningConfiguration.key(new SigningSettings(true, "", "", "", null, false, null),
                "unused")).hasMessageContaining("SIGNING_KEYSTORE").hasMessageContaining("SIGNING_ENABLED=false");
        assertThat(SigningConfiguration.key(new SigningSettings(false, "", "", "", null, false, null), "unused"))
                .isEmpty();
    }

    private static String decode(BufferedImage image) throws Exception {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on page 1", e);
        }
    }

    private static String pdfsig(byte[] pdf) {
        try {
            Path file = Files.createTempFile(folder, "signed", ".pdf");
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return out;
        } catch (IOException e) {
            throw new AssertionError("pdfsig (Debian package poppler-utils) is needed for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int indexOf(byte[] haystack, String needle, int from) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not found");
    }
}
