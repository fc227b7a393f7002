package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfKit.font;
import static vn.langnghe.documents.pdf.PdfKit.mm;
import static vn.langnghe.documents.pdf.PdfKit.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import vn.langnghe.documents.pdf.PdfKit.Face;

/**
 * Renders a recognition certificate (Bằng công nhận) as a single A4 landscape page with a
 * decorative double border: issuing committee and national motto, "BẰNG CÔNG NHẬN", the title,
 * the village name, craft and location, the decision it rests on, and the Chairman's signature.
 *
 * <p>The page is guaranteed to stay single: long names are shrunk to fit the line, and if the
 * content still overflows the whole layout is scaled down step by step.
 */
public final class CertificatePdf {

    /** A4 landscape as a plain 842 × 595 pt media box (no /Rotate entry). */
    private static final Rectangle LANDSCAPE_A4 = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    private static final float[] SCALES = {1f, 0.92f, 0.85f, 0.78f, 0.7f, 0.6f};

    private CertificatePdf() {
    }

    /**
     * Renders the certificate.
     *
     * @param c the content, not null
     * @return the PDF bytes of exactly one A4 landscape page
     */
    public static byte[] render(CertificateContent c) {
        byte[] pdf = null;
        for (float scale : SCALES) {
            int[] pages = new int[1];
            pdf = render(c, scale, pages);
            if (pages[0] == 1) {
                return pdf;
            }
        }
        return pdf;
    }

    /** Renders at {@code scale}; {@code pages[0]} is then the number of pages the content ran to. */
    private static byte[] render(CertificateContent c, float scale, int[] pages) {
        PdfKit.Page page = new PdfKit.Page(LANDSCAPE_A4, mm(28), mm(28), mm(22), mm(16));
        return PdfKit.render(page, "Bằng công nhận " + c.villageName(), false, (document, writer) -> {
            write(document, writer, c, scale);
            pages[0] = writer.getPageNumber();
        });
    }

    private static void write(Document d, PdfWriter writer, CertificateContent c, float s) throws DocumentException {
        drawBorder(writer.getDirectContentUnder(), d.getPageSize());
        String province = TextKit.nfc(c.province()).trim();
        String provinceUnit = TextKit.provinceWithUnit(province);
        float contentWidth = d.getPageSize().getWidth() - d.leftMargin() - d.rightMargin();

        d.add(PdfKit.mottoBlock(13f * s, 14f * s));

        Paragraph committee = paragraph("ỦY BAN NHÂN DÂN " + TextKit.upper(provinceUnit),
            font(Face.BOLD, 15f * s), Element.ALIGN_CENTER);
        committee.setSpacingBefore(10f * s);
        d.add(committee);

        Paragraph headline = paragraph("BẰNG CÔNG NHẬN", font(Face.BOLD, 40f * s, PdfKit.DARK_RED),
            Element.ALIGN_CENTER);
        headline.setSpacingBefore(26f * s);
        d.add(headline);

        Paragraph title = paragraph(TextKit.upper(c.titleLabel().trim()), font(Face.BOLD, 22f * s),
            Element.ALIGN_CENTER);
        title.setSpacingBefore(8f * s);
        d.add(title);

        String village = TextKit.nfc(c.villageName()).trim();
        float nameSize = fit(village, Face.BOLD, 32f * s, 20f * s, contentWidth * 0.9f);
        Paragraph name = paragraph(village, font(Face.BOLD, nameSize, PdfKit.DARK_RED), Element.ALIGN_CENTER);
        name.setSpacingBefore(16f * s);
        d.add(name);

        Paragraph craft = paragraph("Nghề: " + TextKit.nfc(c.craft()).trim(), font(Face.REGULAR, 17f * s),
            Element.ALIGN_CENTER);
        craft.setSpacingBefore(14f * s);
        d.add(craft);
        d.add(paragraph(TextKit.capitalizeFirst(TextKit.communeWithUnit(c.commune())) + ", " + provinceUnit,
            font(Face.REGULAR, 17f * s), Element.ALIGN_CENTER));

        Paragraph basis = paragraph("Theo Quyết định số " + TextKit.nfc(c.decisionNumber()).trim() + " ngày "
            + VietnameseDates.shortForm(c.decisionDate()) + " của Chủ tịch Ủy ban nhân dân " + provinceUnit,
            font(Face.ITALIC, 13f * s), Element.ALIGN_CENTER);
        basis.setSpacingBefore(16f * s);
        basis.setIndentationLeft(mm(20));
        basis.setIndentationRight(mm(20));
        d.add(basis);

        PdfPCell signature = PdfKit.signature(VietnameseDates.placeAndDate(province, c.decisionDate()),
            List.of("CHỦ TỊCH"), c.leaderName(), 14f * s, 64f * s);
        d.add(PdfKit.gap(22f * s));
        d.add(PdfKit.twoColumns(PdfKit.plainCell(), signature));
    }

    /** The largest size between {@code min} and {@code max} at which the text fits the width. */
    private static float fit(String text, Face face, float max, float min, float width) {
        float size = max;
        while (size > min && PdfKit.width(text, face, size) > width) {
            size -= 1f;
        }
        return size;
    }

    /** A thick outer and a thin inner frame with small diamonds at the inner corners. */
    private static void drawBorder(PdfContentByte cb, Rectangle page) {
        cb.saveState();
        cb.setColorStroke(PdfKit.DARK_RED);
        cb.setColorFill(PdfKit.DARK_RED);
        float outer = mm(10);
        cb.setLineWidth(3.5f);
        cb.rectangle(outer, outer, page.getWidth() - 2 * outer, page.getHeight() - 2 * outer);
        cb.stroke();
        float inner = mm(13);
        cb.setLineWidth(0.9f);
        cb.rectangle(inner, inner, page.getWidth() - 2 * inner, page.getHeight() - 2 * inner);
        cb.stroke();
        float r = mm(2.2f);
        float[][] corners = {
            {inner, inner}, {page.getWidth() - inner, inner},
            {inner, page.getHeight() - inner}, {page.getWidth() - inner, page.getHeight() - inner}};
        for (float[] p : corners) {
            cb.moveTo(p[0], p[1] + r);
            cb.lineTo(p[0] + r, p[1]);
            cb.lineTo(p[0], p[1] - r);
            cb.lineTo(p[0] - r, p[1]);
            cb.closePath();
            cb.fill();
        }
        cb.restoreState();
    }
}
