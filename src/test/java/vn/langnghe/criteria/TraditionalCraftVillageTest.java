package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.VIETNAMESE;
import static vn.langnghe.criteria.Dossier.codes;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;
import static vn.langnghe.criteria.Dossier.traditionalCraftVillage;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LNTT: the craft village criteria plus a traditional craft, and the exception of Art. 5(4). */
class TraditionalCraftVillageTest {

    private static final CriteriaSettings EXCEPTION_OFF = new CriteriaSettings(false);

    /** A village with a recognised craft, 10 % participation and a single year of production. */
    private static Dossier smallVillageWithRecognisedCraft() {
        return traditionalCraftVillage().withRecognisedCraft().households(80, 800).productionIn(2025);
    }

    @Test
    void withARecognisedCraftOnlyTheVillageCriteriaAreChecked() {
        CriteriaCheck check = traditionalCraftVillage().withRecognisedCraft().check();

        assertThat(codes(check)).containsExactly("V1", "V2", "V3", "LNTT");
        assertThat(criterion(check, "LNTT").status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(criterion(check, "LNTT").explanation()).isEqualTo(
                "Đạt: làng đã có nghề truyền thống được công nhận (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 4).");
    }

    @Test
    void withoutARecognisedCraftTheCraftIsAssessedInTheSameDossier() {
        CriteriaCheck check = traditionalCraftVillage().check();

        assertThat(codes(check)).containsExactly("T1", "T2", "T3", "V1", "V2", "V3", "LNTT");
        assertThat(check.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    static Stream<Arguments> craftCriteria() {
        return Stream.<Arguments>of(
                Arguments.of("all craft criteria met", (UnaryOperator<Dossier>) d -> d, CriterionStatus.PASSED),
                Arguments.of("craft only 40 years old", (UnaryOperator<Dossier>) d -> d.craftSince(1986),
                        CriterionStatus.FAILED),
                Arguments.of("no cultural identity", (UnaryOperator<Dossier>) d -> d.finding("T2", false, null),
                        CriterionStatus.FAILED),
                Arguments.of("artisans not yet judged", (UnaryOperator<Dossier>) d -> d.withoutFinding("T3"),
                        CriterionStatus.NEEDS_REVIEW),
                Arguments.of("failure outweighs an open judgement",
                        (UnaryOperator<Dossier>) d -> d.craftSince(1986).withoutFinding("T3"), CriterionStatus.FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("craftCriteria")
    void withoutARecognisedCraftTheTraditionalCraftCriterionFollowsT1ToT3(String rule, UnaryOperator<Dossier> change,
                                                                        CriterionStatus expected) {
        CriteriaCheck check = change.apply(traditionalCraftVillage()).check();

        assertThat(criterion(check, "LNTT").status()).isEqualTo(expected);
    }

    @Test
    void explainsWhichCraftCriteriaFailed() {
        CriteriaCheck check = traditionalCraftVillage().craftSince(1986).finding("T3", false, null).check();

        assertThat(criterion(check, "LNTT").explanation()).isEqualTo("Không đạt: nghề của làng chưa đạt tiêu chí nghề "
                + "truyền thống T1, T3 (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 4).");
    }

    @Test
    void exceptionWaivesFailedHouseholdShareAndProductionForAVillageWithARecognisedCraft() {
        CriteriaCheck check = smallVillageWithRecognisedCraft().check();

        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.WAIVED);
        assertThat(criterion(check, "V2").status()).isEqualTo(CriterionStatus.WAIVED);
        assertThat(criterion(check, "V1").explanation()).isEqualTo("Không đạt: 80/800 hộ tham gia = 10,0 % < 20 % "
                + "(Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm a). Tuy nhiên, làng đã có nghề truyền thống được "
                + "công nhận nên được miễn tiêu chí này (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 4).");
        assertThat(check.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void exceptionNeverWaivesTheEnvironmentalConditions() {
        CriteriaCheck check = smallVillageWithRecognisedCraft().finding("V3", false, null).check();

        assertThat(criterion(check, "V3").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void withTheExceptionSwitchedOffFailuresStand() {
        CriteriaCheck check = smallVillageWithRecognisedCraft().check(EXCEPTION_OFF, VIETNAMESE);

        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(criterion(check, "V2").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void exceptionNeedsAnAlreadyRecognisedCraft() {
        CriteriaCheck check = traditionalCraftVillage().households(80, 800).check();

        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void exceptionDoesNotApplyToACraftVillageApplication() {
        CriteriaCheck check = craftVillage().withRecognisedCraft().households(80, 800).check();

        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void exceptionLeavesMissingFiguresOpen() {
        CriteriaCheck check = smallVillageWithRecognisedCraft().households(null, null).check();

        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.NEEDS_REVIEW);
        assertThat(check.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void theTwoThousandSixRulesHaveNoException() {
        CriteriaCheck check = smallVillageWithRecognisedCraft().appliedOn(2017, 9, 1).productionIn(2016).check();

        assertThat(check.ruleSet()).isEqualTo("Nghị định 66/2006/NĐ-CP");
        assertThat(criterion(check, "V1").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(criterion(check, "V2").status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(criterion(check, "LNTT").article()).isEqualTo("Thông tư 116/2006/TT-BNN, Phần 2 mục 3");
        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }
}
