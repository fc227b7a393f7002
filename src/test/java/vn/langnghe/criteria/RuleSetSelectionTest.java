package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.langnghe.criteria.Dossier.codes;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The criteria in force at the application date decide: Decree 52/2018 from 1 June 2018. */
class RuleSetSelectionTest {

    private final CriteriaChecker checker = CriteriaChecker.standard(CriteriaSettings.defaults());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2006-07-07, Nghị định 66/2006/NĐ-CP",
            "2018-05-31, Nghị định 66/2006/NĐ-CP",
            "2018-06-01, Nghị định 52/2018/NĐ-CP",
            "2026-03-15, Nghị định 52/2018/NĐ-CP"})
    void usesTheRuleSetInForceAtTheApplicationDate(LocalDate date, String ruleSet) {
        assertThat(checker.ruleSetAt(date).name()).isEqualTo(ruleSet);
        assertThat(craftVillage().appliedOn(date).check().ruleSet()).isEqualTo(ruleSet);
    }

    @Test
    void aQuarterOfHouseholdsFailsTheDayBeforeDecree52AndPassesOnItsFirstDay() {
        CriterionResult before = criterion(craftVillage().households(250, 1000).appliedOn(2018, 5, 31).check(), "V1");
        CriterionResult after = criterion(craftVillage().households(250, 1000).appliedOn(2018, 6, 1).check(), "V1");

        assertThat(before.status()).isEqualTo(CriterionStatus.FAILED);
        assertThat(before.threshold()).isEqualTo("≥ 30 %");
        assertThat(before.article()).isEqualTo("Thông tư 116/2006/TT-BNN, Phần 2 mục 2 điểm a");
        assertThat(after.status()).isEqualTo(CriterionStatus.PASSED);
        assertThat(after.threshold()).isEqualTo("≥ 20 %");
    }

    @ParameterizedTest(name = "{0} of {1} households: {2}, shown {3}")
    @CsvSource({"30, 100, PASSED, '30,0 %'", "2999, 10000, FAILED, '29,99 %'", "3, 10, PASSED, '30,0 %'"})
    void theTwoThousandSixRulesNeedThirtyPercentExactly(int participating, int total, CriterionStatus expected,
                                                       String shown) {
        CriterionResult result = criterion(craftVillage().households(participating, total).appliedOn(2017, 1, 10).check(), "V1");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.value()).isEqualTo(shown);
    }

    @Test
    void theTwoThousandSixRulesCheckComplianceInsteadOfEnvironment() {
        assertThat(codes(craftVillage().appliedOn(2017, 1, 10).check())).containsExactly("V1", "V2", "V4");
        assertThat(codes(craftVillage().appliedOn(2019, 1, 10).check())).containsExactly("V1", "V2", "V3");
    }

    @Test
    void rejectsAnApplicationBeforeAnyRuleSet() {
        assertThatThrownBy(() -> checker.check(craftVillage().appliedOn(2006, 7, 6).input(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2006-07-06");
    }

    @Test
    void rejectsAnApplicationWithoutDate() {
        assertThatThrownBy(() -> checker.check(craftVillage().appliedOn(null).input(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void picksTheLatestRuleSetInForceWhateverTheOrderGiven() {
        RuleSet decree52 = new Decree52RuleSet();
        RuleSet decree66 = new Decree66RuleSet();
        CriteriaChecker unordered = new CriteriaChecker(List.of(decree52, decree66), null);

        assertThat(unordered.ruleSetAt(LocalDate.of(2020, 1, 1))).isSameAs(decree52);
        assertThat(unordered.ruleSetAt(LocalDate.of(2010, 1, 1))).isSameAs(decree66);
    }

    @Test
    void rejectsTwoRuleSetsTakingEffectOnTheSameDay() {
        assertThatThrownBy(() -> new CriteriaChecker(List.of(new Decree52RuleSet(), new Decree52RuleSet()), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
