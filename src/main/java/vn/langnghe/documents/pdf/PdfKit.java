package vn.langnghe.documents.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shared building blocks of the three documents: the embedded Liberation Serif fonts
 * (metric-compatible with Times New Roman, full Vietnamese coverage, embedded as Identity-H
 * subsets with a ToUnicode map so the text can be extracted), text styles, the two-column national
 * header of Decree 30/2020/NĐ-CP, short horizontal rules, signature blocks, page numbers and the
 * document-to-bytes plumbing.
 *
 * <p>The fonts are read once from the {@code openpdf-fonts-extra} jar on the class path
 * (resources {@code /liberation/LiberationSerif-*.ttf}); a {@link BaseFont} keeps no per-document
 * state, so it is shared by all renders.
 */
final class PdfKit {

    /** Font faces used by the documents. */
    enum Face {
        REGULAR("/liberation/LiberationSerif-Regular.ttf"),
        BOLD("/liberation/LiberationSerif-Bold.ttf"),
        ITALIC("/liberation/LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("/liberation/LiberationSerif-BoldItalic.ttf");

        /** Class-path resource of the TrueType file. */
        final String resource;

        Face(String resource) {
            this.resource = resource;
        }
    }

    /** Millimetres to PDF points. */
    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    /** Dark red used for the certificate's border and headline; prints as a dark grey in black and white. */
    static final Color DARK_RED = new Color(0x9B, 0x11, 0x1E);
    /** Light grey for table header rows. */
    static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private static final class Fonts {
        static final Map<Face, BaseFont> BASE = load();

        private static Map<Face, BaseFont> load() {
            Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                try (InputStream in = PdfKit.class.getResourceAsStream(face.resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Font resource not found on the class path: "
                            + face.resource + " (dependency com.github.librepdf:openpdf-fonts-extra)");
                    }
                    byte[] ttf = in.readAllBytes();
                    String name = face.resource.substring(face.resource.lastIndexOf('/') + 1);
                    fonts.put(face, BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, ttf, null));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read font " + face.resource, e);
                } catch (DocumentException e) {
                    throw new IllegalStateException("Cannot load font " + face.resource, e);
                }
            }
            return fonts;
        }
    }

    private PdfKit() {
    }

    /** The embedded base font of a face. */
    static BaseFont base(Face face) {
        return Fonts.BASE.get(face);
    }

    /** A black font of the given face and size. */
    static Font font(Face face, float size) {
        return new Font(base(face), size, Font.NORMAL, Color.BLACK);
    }

    /** A coloured font of the given face and size. */
    static Font font(Face face, float size, Color color) {
        return new Font(base(face), size, Font.NORMAL, color);
    }

    /** Width of a text in points. */
    static float width(String text, Face face, float size) {
        return base(face).getWidthPoint(TextKit.nfc(text), size);
    }

    /** A paragraph of NFC text with the given alignment and a leading of 1.2 × the font size. */
    static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(font.getSize() * 1.2f, TextKit.nfc(text), font);
        p.setAlignment(alignment);
        return p;
    }

    /**
     * An empty paragraph whose own font (used by OpenPDF for the spacing lines it inserts) is the
     * given embedded font, with a leading of 1.2 × its size; add chunks to it.
     */
    static Paragraph emptyParagraph(Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.2f);
        p.setFont(font);
        return p;
    }

    /** A chunk of NFC text. */
    static Chunk chunk(String text, Font font) {
        return new Chunk(TextKit.nfc(text), font);
    }

    /** A borderless cell without padding, holding the given elements in order. */
    static PdfPCell plainCell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        for (Element e : elements) {
            cell.addElement(e);
        }
        return cell;
    }

    /** A borderless cell holding a centred rule of the given width (points), drawn near its top. */
    static PdfPCell ruleCell(float ruleWidth, float height) {
        return ruleCell(ruleWidth, height, 2.5f);
    }

    /** A borderless cell holding a centred rule of the given width, {@code offset} points below its top. */
    static PdfPCell ruleCell(float ruleWidth, float height, float offset) {
        PdfPCell cell = plainCell();
        cell.setFixedHeight(height);
        cell.setCellEvent((c, position, canvases) -> {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float centre = (position.getLeft() + position.getRight()) / 2f;
            float y = position.getTop() - offset;
            cb.saveState();
            cb.setLineWidth(0.6f);
            cb.moveTo(centre - ruleWidth / 2f, y);
            cb.lineTo(centre + ruleWidth / 2f, y);
            cb.stroke();
            cb.restoreState();
        });
        return cell;
    }

    /** A full-width, borderless, single-column table holding a centred rule. */
    static PdfPTable rule(float ruleWidth) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(ruleCell(ruleWidth, 14f, 9f));
        return table;
    }

    /** Vertical space of the given height in points. */
    static Paragraph gap(float points) {
        Paragraph p = new Paragraph(points, " ", font(Face.REGULAR, 1f));
        p.setSpacingAfter(0);
        return p;
    }

    // ------------------------------------------------------------------------------------------
    // National header (Decree 30/2020/NĐ-CP, Appendix I)
    // ------------------------------------------------------------------------------------------

    /** The national motto's first line. */
    static final String COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** The national motto's second line. */
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /**
     * Who issues a document: an optional superior body on one regular line (e.g. "UBND TỈNH PHÚ THỌ")
     * and the issuing body in bold, one or more lines (e.g. "ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ").
     */
    record Issuer(String superior, List<String> nameLines) {
    }

    /** The issuer of the province's own documents: "ỦY BAN NHÂN DÂN" / "TỈNH PHÚ THỌ". */
    static Issuer provincialCommittee(String province) {
        return new Issuer(null, List.of("ỦY BAN NHÂN DÂN", TextKit.upper(TextKit.provinceWithUnit(province))));
    }

    /**
     * The motto block, centred: the country name, the motto and a rule as wide as the motto.
     *
     * @param countrySize font size of the country name
     * @param mottoSize   font size of the motto
     */
    static PdfPTable mottoBlock(float countrySize, float mottoSize) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell text = plainCell(
            paragraph(COUNTRY, font(Face.BOLD, countrySize), Element.ALIGN_CENTER),
            paragraph(MOTTO, font(Face.BOLD, mottoSize), Element.ALIGN_CENTER));
        text.setPaddingBottom(mottoSize * 0.3f);
        table.addCell(text);
        table.addCell(ruleCell(width(MOTTO, Face.BOLD, mottoSize), 8f));
        return table;
    }

    /**
     * The two-column header: issuer, rule and number on the left; motto, rule and place-and-date
     * on the right.
     *
     * @param issuer     the issuing body
     * @param numberLine e.g. "Số: 15/QĐ-UBND", or {@code null} for none
     * @param placeDate  e.g. "Phú Thọ, ngày 22 tháng 11 năm 2026", or {@code null} for none
     */
    static PdfPTable nationalHeader(Issuer issuer, String numberLine, String placeDate) {
        final float size = 13f;
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        try {
            table.setWidths(new float[] {38f, 62f});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        PdfPCell left = plainCell();
        float widest = 0;
        if (issuer.superior() != null) {
            left.addElement(paragraph(issuer.superior(), font(Face.REGULAR, size), Element.ALIGN_CENTER));
        }
        for (String line : issuer.nameLines()) {
            left.addElement(paragraph(line, font(Face.BOLD, size), Element.ALIGN_CENTER));
            widest = Math.max(widest, width(line, Face.BOLD, size));
        }
        PdfPCell right = plainCell(
            paragraph(COUNTRY, font(Face.BOLD, 12f), Element.ALIGN_CENTER),
            paragraph(MOTTO, font(Face.BOLD, size), Element.ALIGN_CENTER));
        left.setPaddingBottom(size * 0.3f);
        right.setPaddingBottom(size * 0.3f);
        table.addCell(left);
        table.addCell(right);
        table.addCell(ruleCell(Math.max(40f, widest * 0.4f), 10f));
        table.addCell(ruleCell(width(MOTTO, Face.BOLD, size), 10f));
        PdfPCell number = plainCell();
        if (numberLine != null) {
            number.addElement(paragraph(numberLine, font(Face.REGULAR, size), Element.ALIGN_CENTER));
        }
        PdfPCell date = plainCell();
        if (placeDate != null) {
            date.addElement(paragraph(placeDate, font(Face.ITALIC, size), Element.ALIGN_CENTER));
        }
        table.addCell(number);
        table.addCell(date);
        return table;
    }

    // ------------------------------------------------------------------------------------------
    // Signature block
    // ------------------------------------------------------------------------------------------

    /**
     * A signature cell: an optional italic place-and-date line, bold title lines, room for the
     * signature and seal, then the signer's name in bold (or a hint in italics when unnamed).
     *
     * @param placeDate  optional line above the title, or {@code null}
     * @param titleLines e.g. "CHỦ TỊCH"
     * @param name       the signer, or {@code null}/blank for an unnamed line
     * @param size       font size
     * @param room       vertical room for signature and seal, points
     */
    static PdfPCell signature(String placeDate, List<String> titleLines, String name, float size, float room) {
        PdfPCell cell = plainCell();
        if (placeDate != null) {
            cell.addElement(paragraph(placeDate, font(Face.ITALIC, size), Element.ALIGN_CENTER));
        }
        for (String line : titleLines) {
            cell.addElement(paragraph(line, font(Face.BOLD, size), Element.ALIGN_CENTER));
        }
        cell.addElement(gap(room));
        if (name == null || name.isBlank()) {
            cell.addElement(paragraph("(Ký, ghi rõ họ tên)", font(Face.ITALIC, size - 1), Element.ALIGN_CENTER));
        } else {
            cell.addElement(paragraph(name, font(Face.BOLD, size), Element.ALIGN_CENTER));
        }
        return cell;
    }

    /** A borderless two-column row (left 45 %, right 55 %) kept on one page. */
    static PdfPTable twoColumns(PdfPCell left, PdfPCell right) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        try {
            table.setWidths(new float[] {45f, 55f});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setKeepTogether(true);
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    // ------------------------------------------------------------------------------------------
    // Bordered data tables
    // ------------------------------------------------------------------------------------------

    /** A full-width bordered table with relative column widths and a repeated header row. */
    static PdfPTable dataTable(float[] widths, String[] headers, float size) {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setHeaderRows(1);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(6f);
        for (String header : headers) {
            PdfPCell cell = dataCell(header, font(Face.BOLD, size), Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    /** A bordered cell with wrapped text. */
    static PdfPCell dataCell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderWidth(0.5f);
        cell.setPadding(3f);
        cell.setPaddingBottom(5f);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.addElement(paragraph(text, font, alignment));
        return cell;
    }

    // ------------------------------------------------------------------------------------------
    // Document plumbing
    // ------------------------------------------------------------------------------------------

    /** Writes the body of a document. */
    @FunctionalInterface
    interface Body {
        /** Adds the content to the open document. */
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    /** Page geometry: size and margins in points. */
    record Page(Rectangle size, float left, float right, float top, float bottom) {
        /** A4 portrait with the margins of Decree 30/2020 (left 30 mm, right 20 mm, top and bottom 20 mm). */
        static Page administrativeA4() {
            return new Page(com.lowagie.text.PageSize.A4, mm(30), mm(20), mm(20), mm(20));
        }
    }

    /**
     * Renders a document to PDF bytes.
     *
     * @param page        page size and margins
     * @param title       document title for the PDF metadata
     * @param pageNumbers whether to number pages from the second one on (top centre, Decree 30)
     * @param body        writes the content
     */
    static byte[] render(Page page, String title, boolean pageNumbers, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page.size(), page.left(), page.right(), page.top(), page.bottom());
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Justify with word spacing only: stretched letter spacing looks wrong with stacked diacritics.
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            if (pageNumbers) {
                writer.setPageEvent(new PageNumbers());
            }
            document.addTitle(TextKit.nfc(title));
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("vi-VN"));
            document.addCreator("Làng Nghề");
            document.open();
            body.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render " + title, e);
        }
        return out.toByteArray();
    }

    /** Numbers pages 2.. at the top centre, as Decree 30/2020 requires. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int number = writer.getPageNumber();
            if (number < 2) {
                return;
            }
            Rectangle size = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(Integer.toString(number), font(Face.REGULAR, 13f)),
                (size.getLeft() + document.leftMargin() + size.getRight() - document.rightMargin()) / 2f,
                size.getTop() - mm(12), 0);
        }
    }
}
