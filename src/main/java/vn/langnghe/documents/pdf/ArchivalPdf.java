package vn.langnghe.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import vn.langnghe.common.VietnamTime;

/**
 * Turns a rendered document into the file the province issues: PDF/A-2b (the fonts are already embedded by the
 * layouts; this adds the sRGB output intent and the XMP metadata with its {@code pdfaid} identification, in step
 * with the document information) and, at the bottom of page 1, the QR code of the document's verification URL
 * with that URL printed under it and the verification code and signing statement beside it.
 */
public final class ArchivalPdf {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final float QR_SIZE = PdfKit.mm(13);
    private static final float TEXT_SIZE = 7f;

    /**
     * What page 1 carries at its bottom.
     *
     * @param url   the public verification URL, encoded in the QR code and printed under it
     * @param lines printed beside the QR code, e.g. the verification code and who signed
     */
    public record Stamp(String url, List<String> lines) {
    }

    private ArchivalPdf() {
    }

    /** The PDF/A-2b file with the stamp on page 1, dated {@code issuedAt}. */
    public static byte[] finish(byte[] rendered, Stamp stamp, Instant issuedAt) {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            stampFirstPage(document, stamp);
            archival(document, issuedAt);
            ByteArrayOutputStream out = new ByteArrayOutputStream(rendered.length + 16_384);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the PDF", e);
        }
    }

    /** "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" for "Phú Thọ": the committee that issues the province's documents. */
    public static String committee(String province) {
        return "ỦY BAN NHÂN DÂN " + TextKit.upper(TextKit.provinceWithUnit(TextKit.nfc(province).trim()));
    }

    private static void stampFirstPage(PDDocument document, Stamp stamp) throws IOException {
        PDPage page = document.getPage(0);
        PDRectangle box = page.getMediaBox();
        boolean landscape = box.getWidth() > box.getHeight();
        // Portrait administrative pages: in the 20 mm bottom margin, at the left margin. The landscape
        // certificate: inside its double border, bottom left, where its layout leaves room.
        float x = landscape ? PdfKit.mm(18) : PdfKit.mm(30);
        float y = landscape ? PdfKit.mm(19) : PdfKit.mm(6.5f);
        PDType0Font font;
        try (InputStream ttf = ArchivalPdf.class.getResourceAsStream(PdfKit.Face.REGULAR.resource)) {
            font = PDType0Font.load(document, ttf);
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            BitMatrix matrix = qr(stamp.url());
            float module = QR_SIZE / matrix.getWidth();
            content.setNonStrokingColor(0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int column = 0;
                while (column < matrix.getWidth()) {
                    if (!matrix.get(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < matrix.getWidth() && matrix.get(column, row)) {
                        column++;
                    }
                    content.addRect(x + start * module, y + QR_SIZE - (row + 1) * module,
                            (column - start) * module, module);
                }
            }
            content.fill();
            // Under the code, past its quiet zone of four modules.
            text(content, font, stamp.url(), x, y - 4 * module - TEXT_SIZE * 0.8f);
            float lineY = y + QR_SIZE - TEXT_SIZE;
            for (String line : stamp.lines()) {
                text(content, font, line, x + QR_SIZE + PdfKit.mm(3), lineY);
                lineY -= TEXT_SIZE * 1.3f;
            }
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, TEXT_SIZE);
        content.newLineAtOffset(x, y);
        content.showText(TextKit.nfc(text));
        content.endText();
    }

    private static BitMatrix qr(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + url + " as a QR code", e);
        }
    }

    private static void archival(PDDocument document, Instant issuedAt) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
        when.setTimeInMillis(issuedAt.toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer("Làng Nghề");
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        if (info.getTitle() != null) {
            dc.setTitle(info.getTitle());
        }
        dc.addLanguage("vi-VN");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        if (info.getCreator() != null) {
            basic.setCreatorTool(info.getCreator());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.getProducer());
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }
}
