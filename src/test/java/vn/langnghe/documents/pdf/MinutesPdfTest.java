package vn.langnghe.documents.pdf;

import static vn.langnghe.documents.pdf.PdfTestSupport.assertContains;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesPdfTest {


    @Test
    void containsRoundMembersRulesAndResults() {
        String text = PdfTestSupport.text(MinutesPdf.render(Samples.minutes(true)));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertContains(text, "UBND TỈNH PHÚ THỌ HỘI ĐỒNG XÉT DUYỆT");
        assertContains(text, "BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT");
        assertContains(text, "tỉnh Phú Thọ - Đợt 2 năm 2026");
        assertContains(text, "Phiên biểu quyết mở ngày 10/11/2026, kết thúc ngày 15/11/2026.");
        assertContains(text, "Phú Thọ, ngày 15 tháng 11 năm 2026");
        assertContains(text, "Thành viên Hội đồng: 4 người; có mặt: 3; vắng mặt: 1.");
        assertContains(text, "1 Trần Duy Đông Chủ tịch Hội đồng Có mặt");
        assertContains(text, "4 Hà Thị Ưng Thành viên Vắng mặt");
        assertContains(text, "Số thành viên tối thiểu: 2; thông qua khi trên 50% thành viên tham gia biểu quyết đồng ý");
        assertContains(text, "Phiên biểu quyết do Chủ tịch Hội đồng kết thúc ngày 15/11/2026.");
        assertContains(text, "1. Bản Lác, xã Chiềng Châu — đề nghị công nhận làng nghề truyền thống");
        assertContains(text, "2 0 1 0 Đề nghị công nhận");
        assertContains(text, "1 2 0 0 Không đề nghị công nhận");
        assertContains(text, "Không đủ số thành viên dự họp — chuyển phiên sau");
        assertContains(text, "THƯ KÝ");
        assertContains(text, "CHỦ TỊCH HỘI ĐỒNG Trần Duy Đông");
    }

    @Test
    void showsBallotsWithNamesOnlyWhenAsked() {
        String named = PdfTestSupport.text(MinutesPdf.render(Samples.minutes(true)));
        assertContains(named, "Phiếu biểu quyết của từng thành viên:");
        assertContains(named, "Lê Thị Ánh Nguyệt Đồng ý Nghề dệt có bản sắc dân tộc Thái rõ nét.");
        assertContains(named, "Bùi Văn Ộp Không tham gia biểu quyết Có quan hệ gia đình với hộ sản xuất.");
        assertContains(named, "Trần Duy Đông Không đồng ý Sản xuất chưa ổn định đủ 2 năm.");

        String anonymous = PdfTestSupport.text(MinutesPdf.render(Samples.minutes(false)));
        assertFalse(anonymous.contains("Phiếu biểu quyết của từng thành viên"), anonymous);
        assertFalse(anonymous.contains("Nghề dệt có bản sắc dân tộc Thái"), anonymous);
        assertFalse(anonymous.contains("Sản xuất chưa ổn định"), anonymous);
        assertFalse(anonymous.contains("Ý kiến"), anonymous);
        assertFalse(anonymous.contains("Bùi Văn Ộp Không tham gia biểu quyết"), anonymous);
        // Counts and results are still there.
        assertContains(anonymous, "2 0 1 0 Đề nghị công nhận");
        assertContains(anonymous, "biểu quyết không ghi danh");
    }

    @Test
    void describesAnOpenRoundAndAMissingQuorum() {
        MinutesContent open = new MinutesContent("Phú Thọ", "Đợt 3 năm 2026", LocalDate.of(2026, 12, 1), null,
            "Trần Duy Đông", List.of(new MinutesContent.Member("Trần Duy Đông", true, true),
                new MinutesContent.Member("Hà Thị Ưng", false, false),
                new MinutesContent.Member("Đinh Công Ước", false, false)),
            3, 50, false, List.of(), false);
        String text = PdfTestSupport.text(MinutesPdf.render(open));
        assertContains(text, "Phiên biểu quyết mở ngày 01/12/2026, chưa kết thúc.");
        assertContains(text, "Số thành viên có mặt không đủ số thành viên tối thiểu.");
        assertContains(text, "Phiên họp không có hồ sơ nào.");
    }

    @Test
    void describesARoundClosedAutomatically() {
        MinutesContent m = Samples.minutes(true);
        MinutesContent auto = new MinutesContent(m.province(), m.roundName(), m.openedOn(), m.closedOn(),
            m.chairName(), m.members(), m.quorum(), m.thresholdPercent(), false, m.items(), true);
        assertContains(PdfTestSupport.text(MinutesPdf.render(auto)),
            "Phiên biểu quyết tự động kết thúc ngày 15/11/2026 khi tất cả thành viên có mặt đã biểu quyết.");
    }
}
