package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a recognition decision (Quyết định công nhận) says.
 *
 * @param number                    the decision number, e.g. "15/QĐ-UBND"
 * @param date                      the signing date
 * @param province                  bare province name, e.g. "Phú Thọ" ("tỉnh"/"thành phố" is added)
 * @param leaderName                the signing Chairman, e.g. "Nguyễn Văn A"
 * @param titleLabel                the title in lower case: "làng nghề truyền thống", "làng nghề"
 *                                  or "nghề truyền thống"
 * @param villageName               e.g. "Bản Lác"
 * @param hamlets                   hamlet-level settlements with their unit word, e.g. "bản Lác";
 *                                  may be empty
 * @param craft                     the craft in lower case, e.g. "dệt thổ cẩm"
 * @param activityGroup             the Art. 4 activity group, 1..7
 * @param activityGroupLabel        the group's label
 * @param commune                   the commune with its unit word, e.g. "xã Chiềng Châu"
 *                                  ("xã" is added when the unit word is missing)
 * @param formerCommuneAndDistrict  the units before the 2025 reform, e.g.
 *                                  "xã Chiềng Châu, huyện Mai Châu, tỉnh Hòa Bình (cũ)"; nullable
 * @param supportAmountVnd          one-off support in VND; 0 means no support article
 * @param councilRoundName          the council round, e.g. "đợt 2 năm 2026"
 * @param councilDate               the date of the council's result
 */
public record DecisionContent(
    String number,
    LocalDate date,
    String province,
    String leaderName,
    String titleLabel,
    String villageName,
    List<String> hamlets,
    String craft,
    int activityGroup,
    String activityGroupLabel,
    String commune,
    String formerCommuneAndDistrict,
    long supportAmountVnd,
    String councilRoundName,
    LocalDate councilDate) {

    /** Validates the required fields and copies the hamlet list. */
    public DecisionContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(leaderName, "leaderName");
        Objects.requireNonNull(titleLabel, "titleLabel");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(craft, "craft");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(councilRoundName, "councilRoundName");
        Objects.requireNonNull(councilDate, "councilDate");
        hamlets = hamlets == null ? List.of() : List.copyOf(hamlets);
        if (supportAmountVnd < 0 || supportAmountVnd > VietnameseNumbers.MAX) {
            throw new IllegalArgumentException("supportAmountVnd out of range: " + supportAmountVnd);
        }
    }
}
