package vn.langnghe.criteria;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The criteria of Decree 52/2018/NĐ-CP, Art. 5, in force from 1 June 2018: more than 50 years for a
 * traditional craft; at least 20 % of households, 2 consecutive stable years and environmental
 * conditions (V3) for a craft village; and the traditional craft village exception of Art. 5(4),
 * subject to {@link CriteriaSettings#traditionalCraftVillageException()}.
 */
public final class Decree52RuleSet implements RuleSet {

    static final Provisions PROVISIONS = new Provisions("d52", 50, 20, 2, "V3", true);

    @Override
    public String name() {
        return "Nghị định 52/2018/NĐ-CP";
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2018, 6, 1);
    }

    @Override
    public CriteriaCheck evaluate(CriteriaInput input, CriteriaSettings settings, Locale locale) {
        return new Assessment(name(), PROVISIONS, settings, locale).of(input);
    }
}
