package vn.langnghe.criteria.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.CriteriaInput;
import vn.langnghe.criteria.FigureRules;
import vn.langnghe.criteria.Finding;
import vn.langnghe.criteria.Title;
import vn.langnghe.criteria.YearlyProduction;

/** The pre-check's input. Judgement fields are true, false or null (no finding yet). */
record CriteriaCheckRequest(Title title, LocalDate applicationDate, Integer totalHouseholds,
        Integer participatingHouseholds, List<ProductionFigure> production, Integer craftSinceYear,
        Boolean hasRecognisedTraditionalCraft, Boolean environmentalConditionsMet, Boolean culturalIdentity,
        Boolean linkedToArtisansOrVillage) {

    record ProductionFigure(Integer year, Long value) {
    }

    /** Validates and converts; throws {@link InvalidInputException} listing every problem. */
    CriteriaInput toInput() {
        List<Problem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(Problem.of("title", "api.error.required"));
        }
        if (applicationDate == null) {
            problems.add(Problem.of("applicationDate", "api.error.required"));
        }
        List<YearlyProduction> figures = new ArrayList<>();
        List<ProductionFigure> given = production == null ? List.of() : production;
        for (int i = 0; i < given.size(); i++) {
            ProductionFigure figure = given.get(i);
            if (figure == null || figure.year() == null || figure.value() == null) {
                problems.add(Problem.of("production[" + i + "]", "figures.error.productionIncomplete"));
            } else {
                figures.add(new YearlyProduction(figure.year(), figure.value()));
            }
        }
        if (applicationDate != null) {
            problems.addAll(FigureRules.check(applicationDate, totalHouseholds, participatingHouseholds,
                    problems.isEmpty() ? figures : List.of(), craftSinceYear));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Finding> findings = new HashMap<>();
        putFinding(findings, "T2", culturalIdentity);
        putFinding(findings, "T3", linkedToArtisansOrVillage);
        putFinding(findings, "V3", environmentalConditionsMet);
        return new CriteriaInput(title, applicationDate, totalHouseholds, participatingHouseholds, figures,
                craftSinceYear, Boolean.TRUE.equals(hasRecognisedTraditionalCraft), findings);
    }

    private static void putFinding(Map<String, Finding> findings, String code, Boolean value) {
        if (value != null) {
            findings.put(code, new Finding(value, null));
        }
    }
}
