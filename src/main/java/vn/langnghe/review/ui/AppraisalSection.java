package vn.langnghe.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.ui.CaseFileSection;
import vn.langnghe.dossier.ui.DossierLabels;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.review.Appraisal;
import vn.langnghe.review.AppraisalService;
import vn.langnghe.review.CriterionFinding;

/** The case file's appraisal: the reviewer's recommendation, opinion and finding on each criterion. */
@org.springframework.stereotype.Component
@Order(10)
class AppraisalSection implements CaseFileSection {

    private final AppraisalService appraisals;

    AppraisalSection(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public Optional<Component> render(SignedInUser user, Dossier dossier) {
        return appraisals.latest(dossier.getId()).map(View::new);
    }

    private static final class View extends Div {

        View(Appraisal appraisal) {
            add(new H3(getTranslation("caseFile.appraisal.heading")));
            add(new Paragraph(getTranslation("caseFile.appraisal.by", appraisal.getReviewer(),
                    DossierLabels.dateTime(appraisal.getAppraisedAt()),
                    appraisal.getRecommendation() == null ? getTranslation("caseFile.appraisal.supplement")
                            : getTranslation("caseFile.appraisal." + appraisal.getRecommendation().name()))));
            if (appraisal.getOpinion() != null) {
                add(new Paragraph(appraisal.getOpinion()));
            }
            UnorderedList findings = new UnorderedList();
            for (CriterionFinding finding : appraisal.getFindings()) {
                findings.add(new ListItem(finding.code() + ": "
                        + getTranslation(finding.passed() ? "task.finding.passed" : "task.finding.failed")
                        + (finding.reason() == null ? "" : " – " + finding.reason())));
            }
            add(findings);
        }
    }
}
