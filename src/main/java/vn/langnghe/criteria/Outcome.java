package vn.langnghe.criteria;

/** The overall result of a criteria check. */
public enum Outcome {
    /** Every criterion passed or was waived. */
    ELIGIBLE,
    /** At least one criterion failed. */
    NOT_ELIGIBLE,
    /** Nothing failed, but at least one criterion still needs data or a reviewer's judgement. */
    NEEDS_REVIEW
}
