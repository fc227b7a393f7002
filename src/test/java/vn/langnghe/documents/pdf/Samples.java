package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.util.List;
import vn.langnghe.documents.pdf.MinutesContent.Ballot;
import vn.langnghe.documents.pdf.MinutesContent.Item;
import vn.langnghe.documents.pdf.MinutesContent.Member;

/** Sample content shared by the tests and the sample renderer. */
final class Samples {

    static final String BROCADE_GROUP =
        "Sản xuất đồ gỗ, mây tre đan, gốm sứ, thủy tinh, dệt may, sợi, thêu ren, đan lát, cơ khí nhỏ";

    private Samples() {
    }

    static DecisionContent decision(long support) {
        return new DecisionContent("15/QĐ-UBND", LocalDate.of(2026, 11, 22), "Phú Thọ", "Trần Duy Đông",
            "làng nghề truyền thống", "Bản Lác", List.of("bản Lác 1", "bản Lác 2"), "dệt thổ cẩm", 4,
            BROCADE_GROUP, "xã Chiềng Châu", "xã Chiềng Châu, huyện Mai Châu, tỉnh Hòa Bình (cũ)", support,
            "Hội đồng xét duyệt năm 2026", LocalDate.of(2026, 11, 15));
    }

    static DecisionContent longDecision() {
        return new DecisionContent("1234/QĐ-UBND", LocalDate.of(2026, 2, 5), "Phú Thọ", "Nguyễn Thị Hường",
            "làng nghề", "Làng nghề mây tre đan xuất khẩu liên thôn Quỳnh Lâm Thượng – Quỳnh Lâm Hạ – Đồng Bưởi",
            List.of("xóm Quỳnh Lâm Thượng", "xóm Quỳnh Lâm Hạ", "xóm Đồng Bưởi", "xóm Mỏ Ẻn", "xóm Ộp"),
            "đan lát mây tre, guột, giang và sản xuất đồ thủ công mỹ nghệ xuất khẩu", 4, BROCADE_GROUP,
            "phường Kỳ Sơn", null, 123_456_789L, "đợt 1 năm 2026", LocalDate.of(2026, 1, 20));
    }

    static CertificateContent certificate() {
        return new CertificateContent("Phú Thọ", "Trần Duy Đông", "làng nghề truyền thống", "Bản Lác",
            "dệt thổ cẩm", "xã Chiềng Châu", "15/QĐ-UBND", LocalDate.of(2026, 11, 22));
    }

    static CertificateContent longCertificate() {
        return new CertificateContent("Phú Thọ", "Nguyễn Thị Hường", "làng nghề truyền thống",
            "Làng nghề mây tre đan xuất khẩu liên thôn Quỳnh Lâm Thượng – Quỳnh Lâm Hạ – Đồng Bưởi – Mỏ Ẻn",
            "đan lát mây tre, guột, giang và sản xuất đồ thủ công mỹ nghệ xuất khẩu truyền thống lâu đời",
            "phường Kỳ Sơn", "1234/QĐ-UBND", LocalDate.of(2026, 2, 5));
    }

    static MinutesContent minutes(boolean showNames) {
        List<Member> members = List.of(
            new Member("Trần Duy Đông", true, true),
            new Member("Lê Thị Ánh Nguyệt", false, true),
            new Member("Bùi Văn Ộp", false, true),
            new Member("Hà Thị Ưng", false, false));
        Item lac = new Item("Bản Lác", "xã Chiềng Châu", "làng nghề truyền thống", 2, 0, 1, 0,
            "Đề nghị công nhận", List.of(
                new Ballot("Trần Duy Đông", "Đồng ý", "Hồ sơ đầy đủ, đạt tiêu chí."),
                new Ballot("Lê Thị Ánh Nguyệt", "Đồng ý", "Nghề dệt có bản sắc dân tộc Thái rõ nét."),
                new Ballot("Bùi Văn Ộp", "Không tham gia biểu quyết", "Có quan hệ gia đình với hộ sản xuất.")));
        Item rice = new Item("Xóm Mỏ", "xã Lạc Sơn", "làng nghề", 1, 2, 0, 0,
            "Không đề nghị công nhận", List.of(
                new Ballot("Trần Duy Đông", "Không đồng ý", "Sản xuất chưa ổn định đủ 2 năm."),
                new Ballot("Lê Thị Ánh Nguyệt", "Đồng ý", null),
                new Ballot("Bùi Văn Ộp", "Không đồng ý", "Tỷ lệ hộ tham gia chỉ đạt 18,5 %.")));
        Item late = new Item("Thôn Ải", "xã Đà Bắc", "nghề truyền thống", 0, 0, 0, 3,
            "Không đủ số thành viên dự họp — chuyển phiên sau", List.of());
        return new MinutesContent("Phú Thọ", "Đợt 2 năm 2026", LocalDate.of(2026, 11, 10),
            LocalDate.of(2026, 11, 15), "Trần Duy Đông", members, 2, 50, true, List.of(lac, rice, late), showNames);
    }
}
