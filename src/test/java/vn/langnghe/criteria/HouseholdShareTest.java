package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V1: at least 20 % of the households take part (Decree 52/2018, Art. 5(3)(a)). */
class HouseholdShareTest {

    private static CriterionResult v1(int participating, int total) {
        return criterion(craftVillage().households(participating, total).check(), "V1");
    }

    @ParameterizedTest(name = "{0} of {1} households")
    @CsvSource({"20, 100", "2000, 10000", "160, 800", "200000, 1000000"})
    void craftVillagePassesAtExactlyTwentyPercentHouseholds(int participating, int total) {
        assertThat(v1(participating, total).status()).isEqualTo(CriterionStatus.PASSED);
    }

    @ParameterizedTest(name = "{0} of {1} households")
    @CsvSource({"1999, 10000", "19, 100", "159, 800", "0, 800", "199999, 1000000"})
    void rejectsVillageBelowTwentyPercentHouseholds(int participating, int total) {
        assertThat(v1(participating, total).status()).isEqualTo(CriterionStatus.FAILED);
    }

    @Test
    void oneOfFiveHouseholdsPasses() {
        CriterionResult result = v1(1, 5);

        assertThat(result.status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(result.value()).isEqualTo("20,0 %");
    }

    @ParameterizedTest(name = "{0} of {1} households")
    @CsvSource({"400000000, 2000000000, PASSED", "399999999, 2000000000, FAILED",
            "500000000, 2000000000, PASSED", "190000000, 1000000000, FAILED"})
    void shareIsDecidedExactlyEvenWhenHouseholdsTimesHundredExceedsAnInt(int participating, int total,
                                                                         CriterionStatus expected) {
        assertThat(v1(participating, total).status()).isEqualTo(expected);
    }

    @Test
    void explainsThePassWithTheNumbersTheThresholdAndTheArticle() {
        CriterionResult result = v1(187, 800);

        assertThat(result.value()).isEqualTo("23,4 %");
        assertThat(result.threshold()).isEqualTo("≥ 20 %");
        assertThat(result.article()).isEqualTo("Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm a");
        assertThat(result.explanation())
                .isEqualTo("Đạt: 187/800 hộ tham gia = 23,4 % ≥ 20 % (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm a).");
    }

    @Test
    void explainsTheFailureWithGroupedHouseholdNumbers() {
        assertThat(v1(1999, 10000).explanation()).isEqualTo(
                "Không đạt: 1.999/10.000 hộ tham gia = 19,99 % < 20 % (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm a).");
    }

    @ParameterizedTest(name = "{0} of {1} households shows {2}")
    @CsvSource({
            "187, 800, '23,4 %'",
            "1994, 10000, '19,9 %'",
            "1, 3, '33,3 %'",
            "2, 3, '66,7 %'",
            "800, 800, '100,0 %'",
            "2001, 10000, '20,0 %'"})
    void showsTheShareWithOneDecimalRoundedHalfUp(int participating, int total, String shown) {
        assertThat(v1(participating, total).value()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} of {1} households shows {2}")
    @CsvSource({
            "1999, 10000, '19,99 %'",
            "1995, 10000, '19,95 %'",
            "19999, 100000, '19,99 %'",
            "39999, 200000, '19,99 %'"})
    void neverShowsAFailingShareAsTwentyPercent(int participating, int total, String shown) {
        CriterionResult result = v1(participating, total);

        assertThat(result.status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(result.value()).isEqualTo(shown);
    }
}
