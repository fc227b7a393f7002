package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.criterion;
import static vn.langnghe.criteria.Dossier.traditionalCraft;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T1: the craft has been present in the locality for more than 50 years (Decree 52/2018, Art. 5(2)(a)). */
class CraftAgeTest {

    private static CriterionResult t1(int sinceYear, int applicationYear) {
        return criterion(traditionalCraft().craftSince(sinceYear).appliedOn(applicationYear, 3, 15).check(), "T1");
    }

    @ParameterizedTest(name = "since {0}, applied in {1}: {2}")
    @CsvSource({
            "1976, 2026, FAILED",   // 50 years is not more than 50
            "1975, 2026, PASSED",   // 51 years
            "1967, 2018, PASSED",
            "1968, 2018, FAILED",
            "2026, 2026, FAILED"})
    void traditionalCraftNeedsMoreThanFiftyYears(int sinceYear, int applicationYear, CriterionStatus expected) {
        assertThat(t1(sinceYear, applicationYear).status()).isEqualTo(expected);
    }

    @Test
    void showsTheAgeAndTheYearWithoutGrouping() {
        CriterionResult result = t1(1950, 2026);

        assertThat(result.value()).isEqualTo("76 năm (từ 1950)");
        assertThat(result.threshold()).isEqualTo("> 50 năm");
        assertThat(result.explanation()).isEqualTo("Đạt: nghề xuất hiện tại địa phương từ năm 1950, tính đến năm 2026 "
                + "đã được 76 năm, trên 50 năm (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 2 điểm a).");
    }

    @Test
    void explainsWhyFiftyYearsIsNotEnough() {
        assertThat(t1(1976, 2026).explanation()).isEqualTo("Không đạt: nghề xuất hiện tại địa phương từ năm 1976, "
                + "tính đến năm 2026 mới được 50 năm, chưa đủ trên 50 năm (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 2 điểm a).");
    }

    @Test
    void aCraftYearAfterTheApplicationNeedsReview() {
        CriterionResult result = t1(2030, 2026);

        assertThat(result.status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(result.explanation()).contains("2030", "2026");
    }
}
