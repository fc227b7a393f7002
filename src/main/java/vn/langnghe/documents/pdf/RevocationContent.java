package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a revocation decision (Quyết định thu hồi danh hiệu) says.
 *
 * @param number             the decision number, e.g. "16/QĐ-UBND"
 * @param date               the signing date
 * @param province           bare province name, e.g. "Phú Thọ"
 * @param leaderName         the signing Chairman
 * @param titleLabel         the title withdrawn, in lower case, e.g. "làng nghề"
 * @param villageName        e.g. "Xóm Đoàn Kết"
 * @param commune            the commune now, with its unit word, e.g. "xã Đại Đồng"
 * @param formerCommune      what it was when the title was granted before the 2025 reform, e.g. "xã Yên
 *                           Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình"; nullable when unchanged
 * @param recognitionNumber  the number of the decision that granted the title; nullable when unknown
 * @param reason             why the title is withdrawn
 */
public record RevocationContent(String number, LocalDate date, String province, String leaderName, String titleLabel,
        String villageName, String commune, String formerCommune, String recognitionNumber, String reason) {

    public RevocationContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(leaderName, "leaderName");
        Objects.requireNonNull(titleLabel, "titleLabel");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(reason, "reason");
    }
}
