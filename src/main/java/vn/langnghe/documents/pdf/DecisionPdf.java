package vn.langnghe.documents.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

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
        DecisionLayout.opening(d, province, c.number(), c.date(), "Về việc công nhận " + subject(c), List.of(
            "Căn cứ kết quả xét duyệt của Hội đồng xét duyệt công nhận nghề truyền thống, "
                + "làng nghề, làng nghề truyền thống " + provinceUnit + " tại phiên họp “"
                + TextKit.nfc(c.councilRoundName()) + "” " + VietnameseDates.longForm(c.councilDate()) + ";"));
        Font regular = DecisionLayout.regular();

        // Article 1: the title.
        String quotedTitle = "“" + TextKit.capitalizeFirst(c.titleLabel().trim()) + "”";
        String recipient = isCraftOnly(c)
            ? "nghề " + TextKit.nfc(c.craft()) + " của " + TextKit.nfc(c.villageName())
            : TextKit.nfc(c.villageName());
        d.add(DecisionLayout.article(1, "Công nhận danh hiệu " + quotedTitle + " cho " + recipient + ", " + commune
            + ", " + provinceUnit + ", cụ thể như sau:"));
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
            d.add(DecisionLayout.body("- " + detail, regular));
        }

        // Article 2: one-off support, only when granted.
        int next = 2;
        String unitWord = TextKit.provinceUnitWord(province);
        if (c.supportAmountVnd() > 0) {
            d.add(DecisionLayout.article(next++, "Hỗ trợ một lần cho " + recipient + " số tiền "
                + VietnameseNumbers.grouped(c.supportAmountVnd()) + " đồng (Bằng chữ: "
                + VietnameseNumbers.amountInWords(c.supportAmountVnd()) + ") từ nguồn ngân sách " + unitWord + " "
                + "theo quy định hiện hành."));
        }

        // Execution article.
        int execution = next;
        Paragraph effect = DecisionLayout.article(execution, "Quyết định này có hiệu lực kể từ ngày ký.");
        Paragraph executors = DecisionLayout.body("Chánh Văn phòng Ủy ban nhân dân " + unitWord
            + ", Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân " + commune
            + " và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", regular);

        // Recipients and signature.
        List<String> to = new ArrayList<>(List.of(
            "- Như Điều " + execution + ";",
            "- Bộ Nông nghiệp và Môi trường (b/c);",
            "- Chủ tịch, các Phó Chủ tịch UBND " + unitWord + ";"));
        if (c.supportAmountVnd() > 0) {
            to.add("- Sở Tài chính;");
        }
        to.add("- UBND " + commune + ";");
        to.add("- Lưu: VT, NNMT.");
        PdfPCell signature = DecisionLayout.signature(c.leaderName());
        signature.setPaddingTop(6f);
        // The execution article travels with the signature block, so a page never holds only a signature.
        PdfPTable closing = new PdfPTable(1);
        closing.setWidthPercentage(100);
        closing.setKeepTogether(true);
        PdfPCell closingCell = PdfKit.plainCell(effect, executors, PdfKit.gap(6f),
            PdfKit.twoColumns(DecisionLayout.recipients(to), signature));
        closingCell.setPaddingTop(7f);
        closing.addCell(closingCell);
        d.add(closing);
    }
}
