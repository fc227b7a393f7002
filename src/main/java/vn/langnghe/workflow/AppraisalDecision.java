package vn.langnghe.workflow;

import java.util.List;
import vn.langnghe.review.CriterionFinding;

/** The appraisal's outcome with the reviewer's findings and written opinion. */
public record AppraisalDecision(Outcome outcome, List<CriterionFinding> findings, String opinion,
        Integer deadlineDays) implements TaskDecision {

    public enum Outcome {
        RECOMMEND,
        NOT_RECOMMEND,
        REQUEST_SUPPLEMENT
    }

    public AppraisalDecision {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    @Override
    public Step step() {
        return Step.APPRAISAL;
    }
}
