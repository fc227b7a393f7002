package vn.langnghe.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** One evaluation of a dossier: chooses the criteria for the title and applies the exception. */
final class Assessment {

    /** The craft village criteria a recognised traditional craft can make up for: points a and b. */
    private static final Set<String> WAIVABLE = Set.of("V1", "V2");

    private final String ruleSetName;
    private final Provisions provisions;
    private final CriteriaSettings settings;
    private final Messages messages;
    private final Checks checks;

    Assessment(String ruleSetName, Provisions provisions, CriteriaSettings settings, Locale locale) {
        this.ruleSetName = ruleSetName;
        this.provisions = provisions;
        this.settings = Objects.requireNonNullElseGet(settings, CriteriaSettings::defaults);
        this.messages = Messages.forLocale(locale);
        this.checks = new Checks(messages);
    }

    CriteriaCheck of(CriteriaInput input) {
        if (input == null || input.title() == null || input.applicationDate() == null) {
            throw new IllegalArgumentException("A criteria check needs a title and an application date");
        }
        List<CriterionResult> results = new ArrayList<>();
        switch (input.title()) {
            case TRADITIONAL_CRAFT -> results.addAll(craft(input));
            case CRAFT_VILLAGE -> results.addAll(village(input));
            case TRADITIONAL_CRAFT_VILLAGE -> {
                if (input.hasRecognisedTraditionalCraft()) {
                    village(input).stream().map(this::applyException).forEach(results::add);
                    results.add(checks.craftAlreadyRecognised(article("LNTT")));
                } else {
                    List<CriterionResult> craft = craft(input);
                    results.addAll(craft);
                    results.addAll(village(input));
                    results.add(checks.craftAssessedInDossier(craft, article("LNTT")));
                }
            }
        }
        return new CriteriaCheck(input.title(), ruleSetName, Checks.outcome(results), results);
    }

    private List<CriterionResult> craft(CriteriaInput input) {
        return List.of(
                checks.craftAge("T1", article("T1"), input.applicationDate(), input.craftSinceYear(),
                        provisions.craftMoreThanYears()),
                judgement("T2", input),
                judgement("T3", input));
    }

    private List<CriterionResult> village(CriteriaInput input) {
        return List.of(
                checks.householdShare("V1", article("V1"), input.participatingHouseholds(),
                        input.totalHouseholds(), provisions.minimumSharePercent()),
                checks.stableProduction("V2", article("V2"), input.applicationDate(), input.production(),
                        provisions.minimumStableYears()),
                judgement(provisions.villageJudgementCode(), input));
    }

    private CriterionResult judgement(String code, CriteriaInput input) {
        return checks.judgement(code, article(code), input.findings().get(code));
    }

    /** Only called for a village that already has a recognised traditional craft. */
    private CriterionResult applyException(CriterionResult result) {
        boolean exempt = provisions.hasCraftVillageException()
                && settings.traditionalCraftVillageException()
                && result.status() == CriterionStatus.FAILED
                && WAIVABLE.contains(result.code());
        return exempt ? checks.waived(result, article("LNTT")) : result;
    }

    private String article(String code) {
        return messages.text("article." + provisions.citationKey() + "." + code);
    }
}
