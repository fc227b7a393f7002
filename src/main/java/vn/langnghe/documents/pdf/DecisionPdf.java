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
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.documents.pdf.PdfKit.Face;

/**
 * Renders a recognition decision (Quyết định) of the provincial People's Committee as an A4
 * portrait PDF laid out like a Vietnamese administrative document (Decree 30/2020/NĐ-CP):
 * national header, title and summary, legal grounds ("Căn cứ"), articles, recipients
 * ("Nơi nhận") and the Chairman's signature block.
 *
 * <p>Article 2 (one-off support) appears only when the support amount is above zero; the
 * execution article is then Article 3, otherwise Article 2.
 */
public final class DecisionPdf {

    private static final float SIZE = 14f;
    private static final float INDENT = PdfKit.mm(10);

    private DecisionPdf() {
    }

    /**
     * Renders the decision.
     *
     * @param c the content, not null
     * @return the PDF bytes
     */
    public static byte[] render(DecisionContent c) {
        return PdfKit.render(PdfKit.Page.administrativeA4(), "Quyết định " + c.number(), true,
            (document, writer) -> write(document, c));
    }

    /** "Về việc công nhận …" subject of the decision, without the leading words. */
    static String subject(DecisionContent c) {
        String commune = TextKit.communeWithUnit(c.commune());
        if (isCraftOnly(c)) {
            return TextKit.nfc(c.titleLabel()) + " " + TextKit.nfc(c.craft()) + " tại "
                + TextKit.nfc(c.villageName()) + ", " + commune;
        }
        return TextKit.nfc(c.titleLabel()) + " " + TextKit.nfc(c.villageName()) + ", " + commune;
    }

    private static boolean isCraftOnly(DecisionContent c) {
        return TextKit.nfc(c.titleLabel()).trim().equalsIgnoreCase("nghề truyền thống");
    }

    private static void write(Document d, DecisionContent c) throws DocumentException {
        String province = TextKit.nfc(c.province()).trim();
        String provinceUnit = TextKit.provinceWithUnit(province);
        String commune = TextKit.communeWithUnit(c.commune());
        Font regular = font(Face.REGULAR, SIZE);
        Font bold = font(Face.BOLD, SIZE);
        Font italic = font(Face.ITALIC, SIZE);

        d.add(PdfKit.nationalHeader(PdfKit.provincialCommittee(province), "Số: " + TextKit.nfc(c.number()),
            VietnameseDates.placeAndDate(province, c.date())));

        Paragraph title = paragraph("QUYẾT ĐỊNH", bold, Element.ALIGN_CENTER);
        title.setSpacingBefore(18f);
        d.add(title);
        Paragraph summary = paragraph("Về việc công nhận " + subject(c), bold, Element.ALIGN_CENTER);
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
        d.add(body("Căn cứ kết quả xét duyệt của Hội đồng xét duyệt công nhận nghề truyền thống, "
            + "làng nghề, làng nghề truyền thống " + provinceUnit + " tại phiên họp “"
            + TextKit.nfc(c.councilRoundName()) + "” " + VietnameseDates.longForm(c.councilDate()) + ";", italic));
        d.add(body("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.", italic));

        Paragraph decides = paragraph("QUYẾT ĐỊNH:", bold, Element.ALIGN_CENTER);
        decides.setSpacingBefore(6f);
        decides.setSpacingAfter(8f);
        d.add(decides);

        // Article 1: the title.
        String quotedTitle = "“" + TextKit.capitalizeFirst(c.titleLabel().trim()) + "”";
        String recipient = isCraftOnly(c)
            ? "nghề " + TextKit.nfc(c.craft()) + " của " + TextKit.nfc(c.villageName())
            : TextKit.nfc(c.villageName());
        d.add(article(1, "Công nhận danh hiệu " + quotedTitle + " cho " + recipient + ", " + commune + ", "
            + provinceUnit + ", cụ thể như sau:", bold, regular));
        List<String> details = new ArrayList<>();
        String area = c.hamlets().isEmpty() ? "" : String.join(", ", c.hamlets().stream().map(TextKit::nfc).toList()) + ", ";
        details.add("Địa bàn: " + area + commune + ", " + provinceUnit + ".");
        if (c.formerCommuneAndDistrict() != null && !c.formerCommuneAndDistrict().isBlank()) {
            details.add("Đơn vị hành chính trước sắp xếp: " + TextKit.nfc(c.formerCommuneAndDistrict()).trim() + ".");
        }
        details.add("Nghề: " + TextKit.nfc(c.craft()) + ".");
        String groupLabel = TextKit.nfc(c.activityGroupLabel()).trim();
        details.add("Nhóm ngành nghề nông thôn: nhóm " + c.activityGroup()
            + (groupLabel.isEmpty() ? "" : " - " + groupLabel)
            + " (Điều 4 Nghị định số 52/2018/NĐ-CP).");
        for (String detail : details) {
            d.add(body("- " + detail, regular));
        }

        // Article 2: one-off support, only when granted.
        int next = 2;
        if (c.supportAmountVnd() > 0) {
            d.add(article(next++, "Hỗ trợ một lần cho " + recipient + " số tiền "
                + VietnameseNumbers.grouped(c.supportAmountVnd()) + " đồng (Bằng chữ: "
                + VietnameseNumbers.amountInWords(c.supportAmountVnd()) + ") từ nguồn ngân sách "
                + TextKit.provinceUnitWord(province) + " "
                + "theo quy định hiện hành.", bold, regular));
        }

        // Execution article.
        int execution = next;
        String unitWord = TextKit.provinceUnitWord(province);
        Paragraph effect = article(execution, "Quyết định này có hiệu lực kể từ ngày ký.", bold, regular);
        Paragraph executors = body("Chánh Văn phòng Ủy ban nhân dân " + unitWord
            + ", Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân " + commune
            + " và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", regular);

        // Recipients and signature.
        PdfPCell recipients = PdfKit.plainCell();
        Paragraph heading = paragraph("Nơi nhận:", font(Face.BOLD_ITALIC, 12f), Element.ALIGN_LEFT);
        heading.setSpacingBefore(4f);
        recipients.addElement(heading);
        Font small = font(Face.REGULAR, 11f);
        List<String> to = new ArrayList<>(List.of(
            "- Như Điều " + execution + ";",
            "- Bộ Nông nghiệp và Môi trường (b/c);",
            "- Chủ tịch, các Phó Chủ tịch UBND " + unitWord + ";"));
        if (c.supportAmountVnd() > 0) {
            to.add("- Sở Tài chính;");
        }
        to.add("- UBND " + commune + ";");
        to.add("- Lưu: VT, NNMT.");
        for (String line : to) {
            recipients.addElement(paragraph(line, small, Element.ALIGN_LEFT));
        }
        PdfPCell signature = PdfKit.signature(null, List.of("CHỦ TỊCH"), c.leaderName(), SIZE, 64f);
        signature.setPaddingTop(6f);
        // The execution article travels with the signature block, so a page never holds only a signature.
        PdfPTable closing = new PdfPTable(1);
        closing.setWidthPercentage(100);
        closing.setKeepTogether(true);
        PdfPCell closingCell = PdfKit.plainCell(effect, executors, PdfKit.gap(6f), PdfKit.twoColumns(recipients, signature));
        closingCell.setPaddingTop(7f);
        closing.addCell(closingCell);
        d.add(closing);
    }

    /** A justified body paragraph with a first-line indent. */
    private static Paragraph body(String text, Font font) {
        Paragraph p = paragraph(text, font, Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(INDENT);
        p.setSpacingAfter(4f);
        return p;
    }

    /** "Điều n." in bold followed by the article's text. */
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
