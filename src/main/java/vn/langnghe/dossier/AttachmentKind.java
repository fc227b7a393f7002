package vn.langnghe.dossier;

import java.util.EnumSet;
import java.util.Set;
import vn.langnghe.criteria.Title;

/** The documents of Decree 52/2018 Art. 6; which are required depends on the title. */
public enum AttachmentKind {
    /** Bản tóm tắt lịch sử nghề. */
    CRAFT_HISTORY,
    /** Bằng khen, giấy chứng nhận, or a description of the cultural-identity features. */
    AWARDS_OR_IDENTITY,
    /** Giấy chứng nhận nghệ nhân, if any: never required. */
    ARTISAN_CERTIFICATE,
    /** Danh sách hộ tham gia. */
    HOUSEHOLD_LIST,
    /** Báo cáo tóm tắt kết quả sản xuất 2 năm gần nhất. */
    PRODUCTION_SUMMARY,
    /** Văn bản chứng minh đáp ứng điều kiện bảo vệ môi trường. */
    ENVIRONMENT_DOCUMENT;

    private static final Set<AttachmentKind> CRAFT_PART = EnumSet.of(CRAFT_HISTORY, AWARDS_OR_IDENTITY);
    private static final Set<AttachmentKind> VILLAGE_PART =
            EnumSet.of(HOUSEHOLD_LIST, PRODUCTION_SUMMARY, ENVIRONMENT_DOCUMENT);

    /**
     * Required documents (Art. 6(1)–(3)). A traditional craft village needs both parts, except the
     * craft part when its craft is already recognised and the village part when it is already a
     * recognised craft village.
     */
    public static Set<AttachmentKind> required(Title title, boolean craftAlreadyRecognised,
            boolean villageAlreadyRecognised) {
        Set<AttachmentKind> required = EnumSet.noneOf(AttachmentKind.class);
        boolean craftPart = title == Title.TRADITIONAL_CRAFT
                || (title == Title.TRADITIONAL_CRAFT_VILLAGE && !craftAlreadyRecognised);
        boolean villagePart = title == Title.CRAFT_VILLAGE
                || (title == Title.TRADITIONAL_CRAFT_VILLAGE && !villageAlreadyRecognised);
        if (craftPart) {
            required.addAll(CRAFT_PART);
        }
        if (villagePart) {
            required.addAll(VILLAGE_PART);
        }
        return required;
    }
}
