package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.Locale;

/** A version of the recognition criteria, in force from a date. */
public interface RuleSet {

    /** The legal instrument, e.g. "Nghị định 52/2018/NĐ-CP". */
    String name();

    /** The first application date this rule set applies to. */
    LocalDate effectiveFrom();

    /**
     * Checks a dossier. Never throws for missing figures or judgements: those criteria come out as
     * {@link CriterionStatus#NEEDS_REVIEW}.
     *
     * @param settings the province's settings; {@code null} means {@link CriteriaSettings#defaults()}
     * @param locale   English when its language is "en", Vietnamese otherwise (also for {@code null})
     * @throws IllegalArgumentException if the input, its title or its application date is missing
     */
    CriteriaCheck evaluate(CriteriaInput input, CriteriaSettings settings, Locale locale);
}
