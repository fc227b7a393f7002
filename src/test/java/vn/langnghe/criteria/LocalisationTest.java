package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.langnghe.criteria.Dossier.craftVillage;
import static vn.langnghe.criteria.Dossier.criterion;
import static vn.langnghe.criteria.Dossier.traditionalCraft;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vietnamese first, English second; the JVM's default locale never shows through. */
class LocalisationTest {

    @Test
    void explainsInEnglishWithEnglishNumbers() {
        CriterionResult result = criterion(craftVillage().households(187, 800).check(Locale.ENGLISH), "V1");

        assertThat(result.value()).isEqualTo("23.4 %");
        assertThat(result.explanation())
                .isEqualTo("Passed: 187 of 800 households = 23.4 % ≥ 20 % (Decree 52/2018/ND-CP, Art. 5(3)(a)).");
    }

    @Test
    void groupsThousandsTheEnglishWay() {
        CriterionResult result = criterion(craftVillage().households(1999, 10000).check(Locale.US), "V1");

        assertThat(result.explanation()).isEqualTo(
                "Failed: 1,999 of 10,000 households = 19.99 % < 20 % (Decree 52/2018/ND-CP, Art. 5(3)(a)).");
    }

    @Test
    void writesYearsWithoutGroupingInEnglish() {
        CriterionResult result = criterion(traditionalCraft().craftSince(1950).check(Locale.UK), "T1");

        assertThat(result.value()).isEqualTo("76 years (since 1950)");
        assertThat(result.threshold()).isEqualTo("> 50 years");
    }

    @Test
    void writesStreaksInEnglish() {
        CriteriaCheck check = craftVillage().productionIn(2024, 2025).check(Locale.ENGLISH);

        assertThat(criterion(check, "V2").value()).isEqualTo("2 consecutive years (2024–2025)");
        assertThat(criterion(check, "V2").threshold()).isEqualTo("≥ 2 consecutive years");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "vi-VN", "fr-FR", "de-DE", "und", "zh-CN"})
    void anyLanguageOtherThanEnglishGetsVietnamese(String languageTag) {
        CriterionResult result = criterion(craftVillage().households(1300, 5000).check(Locale.forLanguageTag(languageTag)), "V1");

        assertThat(result.explanation()).startsWith("Đạt: 1.300/5.000 hộ tham gia = 26,0 % ≥ 20 %");
    }

    @Test
    void aMissingLocaleGetsVietnamese() {
        CriterionResult result = criterion(craftVillage().check((Locale) null), "V1");

        assertThat(result.value()).isEqualTo("23,4 %");
    }

    @Test
    void theDefaultLocaleDoesNotLeakIntoVietnameseOrEnglish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(criterion(craftVillage().households(1300, 5000).check(Locale.FRANCE), "V1").explanation())
                    .startsWith("Đạt: 1.300/5.000 hộ tham gia = 26,0 %");
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            assertThat(criterion(craftVillage().households(1300, 5000).check(Locale.ENGLISH), "V1").explanation())
                    .startsWith("Passed: 1,300 of 5,000 households = 26.0 %");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
