package vn.langnghe.criteria;

import java.util.List;

/**
 * The result of checking one dossier against one rule set.
 *
 * @param title    the title applied for
 * @param ruleSet  the name of the rule set used, e.g. "Nghị định 52/2018/NĐ-CP"
 * @param outcome  the overall result
 * @param criteria every criterion checked, in legal order
 */
public record CriteriaCheck(Title title, String ruleSet, Outcome outcome, List<CriterionResult> criteria) {

    public CriteriaCheck {
        criteria = List.copyOf(criteria);
    }
}
