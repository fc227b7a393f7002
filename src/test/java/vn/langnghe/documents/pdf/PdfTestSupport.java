package vn.langnghe.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import java.util.List;

/** PDFBox helpers for the tests: text extraction with whitespace collapsed. */
final class PdfTestSupport {

    private PdfTestSupport() {
    }

    /** The raw text PDFBox extracts from the document. */
    static String rawText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text with every run of whitespace (line breaks included) collapsed to one space. */
    static String text(byte[] pdf) {
        return rawText(pdf).replaceAll("\\s+", " ").trim();
    }

    /** Horizontal extent of all glyphs on all pages: {minX, maxX} in points. */
    static float[] horizontalExtent(byte[] pdf) {
        float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        extent[0] = Math.min(extent[0], p.getXDirAdj());
                        extent[1] = Math.max(extent[1], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extent;
    }

    /** Asserts that the extracted text contains the NFC form of the expected string. */
    static void assertContains(String text, String expected) {
        String nfc = java.text.Normalizer.normalize(expected, java.text.Normalizer.Form.NFC);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(nfc), () -> "missing «" + nfc + "» in:\n" + text);
    }

    /** Millimetres to points. */
    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }
}
