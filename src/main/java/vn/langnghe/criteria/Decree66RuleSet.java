package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The criteria of Decree 66/2006/NĐ-CP as set out in Circular 116/2006/TT-BNN, for applications
 * before 1 June 2018: as Decree 52/2018 but with at least 30 % of households, compliance with the
 * State's policies, law and local rules (V4) instead of the environmental criterion, and no
 * traditional craft village exception.
 */
public final class Decree66RuleSet implements RuleSet {

    static final Provisions PROVISIONS = new Provisions("c116", 50, 30, 2, "V4", false);

    @Override
    public String name() {
        return "Nghị định 66/2006/NĐ-CP";
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2006, 7, 7);
    }

    @Override
    public CriteriaCheck evaluate(CriteriaInput input, CriteriaSettings settings, Locale locale) {
        return new Assessment(name(), PROVISIONS, settings, locale).of(input);
    }
}
