package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfKit.chunk;
import static vn.langnghe.documents.pdf.PdfKit.font;
import static vn.langnghe.documents.pdf.PdfKit.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import java.util.List;
import vn.langnghe.documents.pdf.PdfKit.Face;

/**
 * Renders the provincial decision withdrawing a title (DOMAIN.md §3 step 7), laid out like
 * {@link DecisionPdf}: Article 1 withdraws the title with the reason, Article 2 says who carries it out.
 */
public final class RevocationPdf {

    private static final float SIZE = 14f;
    private static final float INDENT = PdfKit.mm(10);

    private RevocationPdf() {
    }

    /** Renders the decision; {@code c} not null. */
    public static byte[] render(RevocationContent c) {
        return PdfKit.render(PdfKit.Page.administrativeA4(), "Quyết định " + c.number(), true,
            (document, writer) -> write(document, c));
    }

    private static void write(Document d, RevocationContent c) throws DocumentException {
        String province = TextKit.nfc(c.province()).trim();
        String provinceUnit = TextKit.provinceWithUnit(province);
        String commune = TextKit.communeWithUnit(c.commune());
        String unitWord = TextKit.provinceUnitWord(province);
        Font regular = font(Face.REGULAR, SIZE);
        Font bold = font(Face.BOLD, SIZE);
        Font italic = font(Face.ITALIC, SIZE);
        String title = TextKit.nfc(c.titleLabel()).trim();
        String village = TextKit.nfc(c.villageName()).trim();

        d.add(PdfKit.nationalHeader(PdfKit.provincialCommittee(province), "Số: " + TextKit.nfc(c.number()),
            VietnameseDates.placeAndDate(province, c.date())));
        Paragraph heading = paragraph("QUYẾT ĐỊNH", bold, Element.ALIGN_CENTER);
        heading.setSpacingBefore(18f);
        d.add(heading);
        Paragraph summary = paragraph("Về việc thu hồi danh hiệu " + title + " " + village + ", " + commune, bold,
            Element.ALIGN_CENTER);
        summary.setIndentationLeft(PdfKit.mm(8));
        summary.setIndentationRight(PdfKit.mm(8));
        d.add(summary);
        d.add(PdfKit.rule(PdfKit.mm(35)));
        Paragraph authority = paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN " + TextKit.upper(provinceUnit), bold,
            Element.ALIGN_CENTER);
        authority.setSpacingBefore(10f);
        authority.setSpacingAfter(8f);
        d.add(authority);

        d.add(body("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", italic));
        d.add(body("Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ "
            + "về phát triển ngành nghề nông thôn;", italic));
        if (c.recognitionNumber() != null && !c.recognitionNumber().isBlank()) {
            d.add(body("Căn cứ Quyết định số " + TextKit.nfc(c.recognitionNumber()).trim() + " về việc công nhận "
                + title + " " + village + ";", italic));
        }
        d.add(body("Căn cứ kết quả rà soát sổ làng nghề hằng năm;", italic));
        d.add(body("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.", italic));
        Paragraph decides = paragraph("QUYẾT ĐỊNH:", bold, Element.ALIGN_CENTER);
        decides.setSpacingBefore(6f);
        decides.setSpacingAfter(8f);
        d.add(decides);

        d.add(article(1, "Thu hồi danh hiệu “" + TextKit.capitalizeFirst(title) + "” của " + village + ", " + commune
            + ", " + provinceUnit + ".", bold, regular));
        d.add(body("Lý do: " + TextKit.nfc(c.reason()).trim(), regular));
        d.add(article(2, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân " + unitWord
            + ", Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân " + commune
            + " và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", bold,
            regular));

        PdfPCell recipients = PdfKit.plainCell();
        recipients.addElement(paragraph("Nơi nhận:", font(Face.BOLD_ITALIC, 12f), Element.ALIGN_LEFT));
        Font small = font(Face.REGULAR, 11f);
        for (String line : List.of("- Như Điều 2;", "- Bộ Nông nghiệp và Môi trường (b/c);",
            "- UBND " + commune + ";", "- Lưu: VT, NNMT.")) {
            recipients.addElement(paragraph(line, small, Element.ALIGN_LEFT));
        }
        d.add(PdfKit.gap(6f));
        d.add(PdfKit.twoColumns(recipients, PdfKit.signature(null, List.of("CHỦ TỊCH"), c.leaderName(), SIZE, 64f)));
    }

    private static Paragraph body(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(4f);
        return p;
    }

    private static Paragraph article(int number, String text, Font bold, Font regular) {
        Paragraph p = PdfKit.emptyParagraph(regular);
        p.add(chunk("Điều " + number + ". ", bold));
        p.add(chunk(text, regular));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(4f);
        return p;
    }
}
