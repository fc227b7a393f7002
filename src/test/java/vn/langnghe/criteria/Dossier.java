package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds criteria input for tests: by default a dossier that meets every criterion of 2026. */
final class Dossier {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Title title;
    private LocalDate applicationDate = LocalDate.of(2026, 3, 15);
    private Integer totalHouseholds = 800;
    private Integer participatingHouseholds = 187;
    private List<YearlyProduction> production = new ArrayList<>(List.of(
            new YearlyProduction(2024, 1_200_000_000L), new YearlyProduction(2025, 1_350_000_000L)));
    private Integer craftSinceYear = 1950;
    private boolean recognisedCraft;
    private final Map<String, Finding> findings = new HashMap<>(Map.of(
            "T2", new Finding(true, null), "T3", new Finding(true, null),
            "V3", new Finding(true, null), "V4", new Finding(true, null)));

    private Dossier(Title title) {
        this.title = title;
    }

    static Dossier traditionalCraft() {
        return new Dossier(Title.TRADITIONAL_CRAFT);
    }

    static Dossier craftVillage() {
        return new Dossier(Title.CRAFT_VILLAGE);
    }

    static Dossier traditionalCraftVillage() {
        return new Dossier(Title.TRADITIONAL_CRAFT_VILLAGE);
    }

    Dossier appliedOn(LocalDate date) {
        applicationDate = date;
        return this;
    }

    Dossier appliedOn(int year, int month, int day) {
        return appliedOn(LocalDate.of(year, month, day));
    }

    Dossier households(Integer participating, Integer total) {
        participatingHouseholds = participating;
        totalHouseholds = total;
        return this;
    }

    Dossier production(YearlyProduction... years) {
        production = List.of(years);
        return this;
    }

    Dossier productionIn(int... years) {
        production = Arrays.stream(years).mapToObj(year -> new YearlyProduction(year, 500_000_000L)).toList();
        return this;
    }

    Dossier craftSince(Integer year) {
        craftSinceYear = year;
        return this;
    }

    Dossier withRecognisedCraft() {
        recognisedCraft = true;
        return this;
    }

    Dossier finding(String code, boolean passed, String reason) {
        findings.put(code, new Finding(passed, reason));
        return this;
    }

    Dossier withoutFinding(String code) {
        findings.remove(code);
        return this;
    }

    CriteriaInput input() {
        return new CriteriaInput(title, applicationDate, totalHouseholds, participatingHouseholds, production,
                craftSinceYear, recognisedCraft, findings);
    }

    CriteriaCheck check() {
        return check(CriteriaSettings.defaults(), VIETNAMESE);
    }

    CriteriaCheck check(Locale locale) {
        return check(CriteriaSettings.defaults(), locale);
    }

    CriteriaCheck check(CriteriaSettings settings, Locale locale) {
        return CriteriaChecker.standard(settings).check(input(), locale);
    }

    /** The one result for a criterion code; fails the test if it is absent. */
    static CriterionResult criterion(CriteriaCheck check, String code) {
        List<CriterionResult> matching = check.criteria().stream().filter(result -> result.code().equals(code)).toList();
        assertThat(matching).as("results for %s in %s", code, check.criteria()).hasSize(1);
        return matching.get(0);
    }

    static List<String> codes(CriteriaCheck check) {
        return check.criteria().stream().map(CriterionResult::code).toList();
    }
}
