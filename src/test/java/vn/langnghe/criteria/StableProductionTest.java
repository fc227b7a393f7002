package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V2: production stable for at least 2 consecutive years up to the application (Decree 52/2018,
 * Art. 5(3)(b)). Applications here are dated 15/03/2026, so the last full year is 2025.
 */
class StableProductionTest {

    private static CriterionResult v2(YearlyProduction... years) {
        return criterion(craftVillage().appliedOn(2026, 3, 15).production(years).check(), "V2");
    }

    private static YearlyProduction produced(int year) {
        return new YearlyProduction(year, 900_000_000L);
    }

    private static YearlyProduction nothingIn(int year) {
        return new YearlyProduction(year, 0L);
    }

    static Stream<Arguments> streaks() {
        return Stream.of(
                Arguments.of("two full years", new YearlyProduction[] {produced(2024), produced(2025)},
                        CriterionStatus.PASSED, "2 năm liên tục (2024–2025)"),
                Arguments.of("one year", new YearlyProduction[] {produced(2025)},
                        CriterionStatus.FAILED, "1 năm (2025)"),
                Arguments.of("a missing year breaks the streak",
                        new YearlyProduction[] {produced(2022), produced(2023), produced(2025)},
                        CriterionStatus.FAILED, "1 năm (2025)"),
                Arguments.of("a zero year breaks the streak",
                        new YearlyProduction[] {produced(2023), nothingIn(2024), produced(2025)},
                        CriterionStatus.FAILED, "1 năm (2025)"),
                Arguments.of("the current partial year is ignored", new YearlyProduction[] {produced(2025), produced(2026)},
                        CriterionStatus.FAILED, "1 năm (2025)"),
                Arguments.of("the current partial year does not extend the range",
                        new YearlyProduction[] {produced(2023), produced(2024), produced(2025), produced(2026)},
                        CriterionStatus.PASSED, "3 năm liên tục (2023–2025)"),
                Arguments.of("no figures for the last full year",
                        new YearlyProduction[] {produced(2023), produced(2024)},
                        CriterionStatus.FAILED, "0 năm"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streaks")
    void needsTwoConsecutiveYearsOfProductionUpToTheLastFullYear(String rule, YearlyProduction[] years,
                                                                 CriterionStatus expected, String value) {
        CriterionResult result = v2(years);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.threshold()).isEqualTo("≥ 2 năm liên tục");
    }

    @Test
    void namesTheMissingYearThatBrokeTheStreak() {
        assertThat(v2(produced(2023), produced(2025)).explanation()).isEqualTo("Không đạt: chỉ có 1 năm liên tục "
                + "có giá trị sản xuất (2025), chưa đủ 2 năm; năm 2024 chưa có số liệu sản xuất "
                + "(Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm b).");
    }

    @Test
    void namesTheYearWithoutProductionValue() {
        assertThat(v2(produced(2023), nothingIn(2024), produced(2025)).explanation())
                .contains("năm 2024 không có giá trị sản xuất");
    }

    @Test
    void explainsAPassWithTheYears() {
        assertThat(v2(produced(2024), produced(2025)).explanation()).isEqualTo("Đạt: sản xuất, kinh doanh ổn định "
                + "2 năm liên tục (2024–2025), đạt tối thiểu 2 năm (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm b).");
    }

    @Test
    void explainsWhenTheLastFullYearHasNoFigures() {
        assertThat(v2(produced(2023), produced(2024)).explanation()).isEqualTo("Không đạt: năm 2025 chưa có số liệu "
                + "sản xuất; cần tối thiểu 2 năm liên tục tính đến năm 2025 (Nghị định 52/2018/NĐ-CP, Điều 5 khoản 3 điểm b).");
    }

    @Test
    void aVillageApplyingOnNewYearsDayCountsTheYearJustEnded() {
        CriterionResult result = criterion(craftVillage().appliedOn(2026, 1, 1)
                .production(produced(2024), produced(2025)).check(), "V2");

        assertThat(result.status()).isEqualTo(CriterionStatus.PASSED);
    }
}
