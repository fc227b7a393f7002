package vn.langnghe.criteria.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.langnghe.criteria.CriteriaCheck;
import vn.langnghe.criteria.CriterionResult;

/**
 * The criteria of Decree 52 Art. 5 with their result: each with its value, threshold, status and the
 * sentence explaining it, under the overall outcome and the rule set used.
 */
public class CriteriaCheckPanel extends Div {

    public CriteriaCheckPanel() {
        addClassName("criteria-panel");
    }

    public void show(CriteriaCheck check) {
        removeAll();
        add(new H3(getTranslation("criteria.heading")));
        Span outcome = new Span(getTranslation("criteria.outcome." + check.outcome().name()));
        outcome.addClassNames("status", "status-" + check.outcome().name().toLowerCase());
        Paragraph summary = new Paragraph(outcome);
        summary.add(new Span(" " + getTranslation("criteria.ruleSet", check.ruleSet())));
        add(summary);
        for (CriterionResult result : check.criteria()) {
            add(row(result));
        }
    }

    private Div row(CriterionResult result) {
        Span code = new Span(result.code());
        code.addClassName("criterion-code");
        Span status = new Span(getTranslation("criteria.status." + result.status().name()));
        status.addClassNames("status", "status-" + result.status().name().toLowerCase());
        Span figures = new Span(result.value() + " (" + result.threshold() + ")");
        figures.addClassName("criterion-figures");
        Div head = new Div(code, status, figures);
        head.addClassName("criterion-head");
        Paragraph explanation = new Paragraph(result.explanation());
        explanation.addClassName("criterion-explanation");
        Div row = new Div(head, explanation);
        row.addClassName("criterion");
        row.getElement().setAttribute("data-code", result.code());
        return row;
    }
}
