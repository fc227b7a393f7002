package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a recognition certificate (Bằng công nhận) says.
 *
 * @param province       bare province name, e.g. "Phú Thọ"
 * @param leaderName     the signing Chairman
 * @param titleLabel     the title in lower case, e.g. "làng nghề truyền thống"
 * @param villageName    e.g. "Bản Lác"
 * @param craft          the craft in lower case, e.g. "dệt thổ cẩm"
 * @param commune        the commune with its unit word, e.g. "xã Chiềng Châu"
 * @param decisionNumber the recognition decision's number, e.g. "15/QĐ-UBND"
 * @param decisionDate   the recognition decision's date (also the certificate's date)
 */
public record CertificateContent(
    String province,
    String leaderName,
    String titleLabel,
    String villageName,
    String craft,
    String commune,
    String decisionNumber,
    LocalDate decisionDate) {

    /** Validates that no field is null. */
    public CertificateContent {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(leaderName, "leaderName");
        Objects.requireNonNull(titleLabel, "titleLabel");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(craft, "craft");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(decisionNumber, "decisionNumber");
        Objects.requireNonNull(decisionDate, "decisionDate");
    }
}
