package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.CriterionStatus.FAILED;
import static vn.langnghe.criteria.CriterionStatus.NEEDS_REVIEW;
import static vn.langnghe.criteria.CriterionStatus.PASSED;
import static vn.langnghe.criteria.CriterionStatus.WAIVED;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Not eligible if anything failed, else needs review if anything is open, else eligible. */
class OutcomeTest {

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(List.of(PASSED, PASSED, PASSED), Outcome.ELIGIBLE),
                Arguments.of(List.of(PASSED, WAIVED, WAIVED), Outcome.ELIGIBLE),
                Arguments.of(List.of(PASSED, NEEDS_REVIEW, PASSED), Outcome.NEEDS_REVIEW),
                Arguments.of(List.of(WAIVED, NEEDS_REVIEW), Outcome.NEEDS_REVIEW),
                Arguments.of(List.of(PASSED, FAILED, PASSED), Outcome.NOT_ELIGIBLE),
                Arguments.of(List.of(NEEDS_REVIEW, FAILED), Outcome.NOT_ELIGIBLE),
                Arguments.of(List.of(FAILED, WAIVED), Outcome.NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("statuses")
    void aFailureRulesOutTheDossierAndAnOpenCriterionKeepsItUnderReview(List<CriterionStatus> statuses,
                                                                       Outcome expected) {
        List<CriterionResult> results = statuses.stream()
                .map(status -> new CriterionResult("X", status, "", "", "", ""))
                .toList();

        assertThat(Checks.outcome(results)).isEqualTo(expected);
    }

    @Test
    void aDossierMeetingEveryCriterionIsEligible() {
        Arrays.stream(Title.values()).forEach(title -> assertThat(dossier(title).check().outcome())
                .as("%s", title).isEqualTo(Outcome.ELIGIBLE));
    }

    @Test
    void aDossierWithAFailedAndAnOpenCriterionIsNotEligible() {
        CriteriaCheck check = Dossier.craftVillage().households(100, 800).withoutFinding("V3").check();

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    private static Dossier dossier(Title title) {
        return switch (title) {
            case TRADITIONAL_CRAFT -> Dossier.traditionalCraft();
            case CRAFT_VILLAGE -> Dossier.craftVillage();
            case TRADITIONAL_CRAFT_VILLAGE -> Dossier.traditionalCraftVillage();
        };
    }
}
