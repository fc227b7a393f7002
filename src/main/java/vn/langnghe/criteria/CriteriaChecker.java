package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Checks a dossier against the rule set in force at its application date. */
public final class CriteriaChecker {

    private final List<RuleSet> ruleSets;
    private final CriteriaSettings settings;

    /**
     * @param ruleSets the rule sets; no two may share an effective date
     * @param settings the province's settings; {@code null} means {@link CriteriaSettings#defaults()}
     */
    public CriteriaChecker(List<RuleSet> ruleSets, CriteriaSettings settings) {
        this.ruleSets = ruleSets.stream()
                .sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed())
                .toList();
        if (this.ruleSets.stream().map(RuleSet::effectiveFrom).distinct().count() != this.ruleSets.size()) {
            throw new IllegalArgumentException("Two rule sets take effect on the same date");
        }
        this.settings = Objects.requireNonNullElseGet(settings, CriteriaSettings::defaults);
    }

    /** The Decree 66/2006 (with Circular 116/2006) and Decree 52/2018 rule sets. */
    public static CriteriaChecker standard(CriteriaSettings settings) {
        return new CriteriaChecker(List.of(new Decree66RuleSet(), new Decree52RuleSet()), settings);
    }

    /**
     * Checks a dossier in the given language.
     *
     * @throws IllegalArgumentException if the application date is missing or no rule set was in
     *                                  force at it
     */
    public CriteriaCheck check(CriteriaInput input, Locale locale) {
        if (input == null) {
            throw new IllegalArgumentException("No criteria input");
        }
        return ruleSetAt(input.applicationDate()).evaluate(input, settings, locale);
    }

    /**
     * The rule set in force at a date: the one with the latest effective date on or before it.
     *
     * @throws IllegalArgumentException if the date is {@code null} or before every rule set
     */
    public RuleSet ruleSetAt(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("No application date");
        }
        return ruleSets.stream()
                .filter(ruleSet -> !ruleSet.effectiveFrom().isAfter(date))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criteria rule set in force on " + date));
    }
}
