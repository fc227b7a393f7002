package vn.langnghe.documents.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the provincial decision withdrawing a title (docs/domain.md §3 step 7), laid out like
 * {@link DecisionPdf}: Article 1 withdraws the title with the reason, Article 2 says who carries it out.
 */
public final class RevocationPdf {

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
        String title = TextKit.nfc(c.titleLabel()).trim();
        String village = TextKit.nfc(c.villageName()).trim();
        String where = c.formerCommune() == null || c.formerCommune().isBlank() ? commune
            : commune + " (trước đây " + TextKit.nfc(c.formerCommune()).trim() + ")";
        List<String> grounds = new ArrayList<>();
        if (c.recognitionNumber() != null && !c.recognitionNumber().isBlank()) {
            grounds.add("Căn cứ Quyết định số " + TextKit.nfc(c.recognitionNumber()).trim() + " về việc công nhận "
                + title + " " + village + ";");
        }
        grounds.add("Căn cứ kết quả rà soát sổ làng nghề hằng năm;");
        DecisionLayout.opening(d, province, c.number(), c.date(),
            "Về việc thu hồi danh hiệu " + title + " " + village + ", " + where, grounds);

        d.add(DecisionLayout.article(1, "Thu hồi danh hiệu “" + TextKit.capitalizeFirst(title) + "” của " + village
            + ", " + where + ", " + provinceUnit + "."));
        d.add(DecisionLayout.body("Lý do: " + TextKit.nfc(c.reason()).trim(), DecisionLayout.regular()));
        d.add(DecisionLayout.article(2, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân "
            + unitWord + ", Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân " + commune
            + " và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."));
        d.add(PdfKit.gap(6f));
        d.add(PdfKit.twoColumns(DecisionLayout.recipients(List.of("- Như Điều 2;",
            "- Bộ Nông nghiệp và Môi trường (b/c);", "- UBND " + commune + ";", "- Lưu: VT, NNMT.")),
            DecisionLayout.signature(c.leaderName())));
    }
}
