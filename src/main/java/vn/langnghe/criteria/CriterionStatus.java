package vn.langnghe.criteria;

/** The result of one criterion. */
public enum CriterionStatus {
    PASSED,
    FAILED,
    /** Data or a reviewer's judgement is still missing. */
    NEEDS_REVIEW,
    /** Failed, but the law exempts the village from it; counts as passed. */
    WAIVED
}
