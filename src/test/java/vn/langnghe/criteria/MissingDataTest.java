package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;
import static vn.langnghe.criteria.Dossier.traditionalCraft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An automatic criterion without its figures needs review and says which figures are missing. */
class MissingDataTest {

    @ParameterizedTest(name = "participating {0}, total {1}")
    @CsvSource(nullValues = "null", value = {
            "null, null, Chưa nhập tổng số hộ và số hộ tham gia.",
            "100, null, Chưa nhập tổng số hộ trên địa bàn.",
            "null, 800, Chưa nhập số hộ tham gia hoạt động ngành nghề nông thôn.",
            "0, 0, 'Tổng số hộ trên địa bàn bằng 0, chưa tính được tỷ lệ hộ tham gia.'",
            "900, 800, 'Số hộ tham gia (900) lớn hơn tổng số hộ trên địa bàn (800), đề nghị kiểm tra lại số liệu.'",
            "-1, 800, 'Số hộ không được là số âm, đề nghị kiểm tra lại số liệu.'"})
    void householdShareNeedsReviewWithoutUsableHouseholdFigures(Integer participating, Integer total,
                                                                String explanation) {
        CriteriaCheck check = craftVillage().households(participating, total).check();
        CriterionResult result = criterion(check, "V1");

        assertThat(result.status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(result.explanation()).isEqualTo(explanation);
        assertThat(result.value()).isEqualTo("Chưa có số liệu");
        assertThat(result.threshold()).isEqualTo("≥ 20 %");
        assertThat(check.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void craftAgeNeedsReviewWithoutTheYearTheCraftAppeared() {
        CriterionResult result = criterion(traditionalCraft().craftSince(null).check(), "T1");

        assertThat(result.status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(result.explanation()).isEqualTo("Chưa nhập năm nghề xuất hiện tại địa phương.");
    }

    @Test
    void stableProductionNeedsReviewWithoutYearlyFigures() {
        CriterionResult result = criterion(craftVillage().production().check(), "V2");

        assertThat(result.status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(result.explanation()).isEqualTo("Chưa nhập giá trị sản xuất theo năm.");
    }
}
