package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.criterion;
import static vn.langnghe.criteria.Dossier.traditionalCraftVillage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T2, T3 and V3 (V4 before 2018) are left to the reviewer. */
class JudgementTest {

    @ParameterizedTest
    @ValueSource(strings = {"T2", "T3", "V3"})
    void judgementCriteriaNeedReviewUntilAFindingIsRecorded(String code) {
        CriteriaCheck check = traditionalCraftVillage().withoutFinding(code).check();

        assertThat(criterion(check, code).status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(criterion(check, code).value()).isEqualTo("Chưa thẩm định");
        assertThat(check.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T2", "T3", "V3"})
    void aPositiveFindingPassesTheCriterion(String code) {
        CriteriaCheck check = traditionalCraftVillage().finding(code, true, "Có hồ sơ chứng minh").check();

        assertThat(criterion(check, code).status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(criterion(check, code).explanation()).contains("Có hồ sơ chứng minh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"T2", "T3", "V3"})
    void aNegativeFindingFailsTheCriterionAndTheDossier(String code) {
        CriteriaCheck check = traditionalCraftVillage().finding(code, false, null).check();

        assertThat(criterion(check, code).status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void explanationCarriesTheReviewersReasonOnce() {
        CriterionResult result = criterion(traditionalCraftVillage()
                .finding("V3", false, "  Chưa có tổ tự quản về bảo vệ môi trường. ").check(), "V3");

        assertThat(result.explanation()).isEqualTo("Không đạt theo kết quả thẩm định: Chưa có tổ tự quản về bảo vệ "
                + "môi trường (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm c).");
    }

    @Test
    void pendingJudgementNamesWhatTheReviewerMustDecide() {
        CriterionResult result = criterion(traditionalCraftVillage().withoutFinding("T2").check(), "T2");

        assertThat(result.threshold()).isEqualTo("Nghề tạo ra sản phẩm mang bản sắc văn hóa dân tộc");
        assertThat(result.explanation()).isEqualTo("Chưa có kết quả thẩm định tiêu chí “Nghề tạo ra sản phẩm mang bản "
                + "sắc văn hóa dân tộc” (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 2 điểm b).");
    }

    @Test
    void beforeJuneTwentyEighteenTheVillageIsJudgedOnComplianceWithTheLawInsteadOfEnvironment() {
        CriteriaCheck check = traditionalCraftVillage().appliedOn(2017, 5, 2).withoutFinding("V4").check();

        assertThat(Dossier.codes(check)).contains("V4").doesNotContain("V3");
        assertThat(criterion(check, "V4").status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(criterion(check, "V4").article()).isEqualTo("Thông tư 116/2006/TT-BNN, Phần 2 mục 2 điểm c");
    }
}
