package vn.langnghe.village;

/** Why a recognised village is due for review (docs/domain.md §3 step 7), judged on its last full year. */
public enum ReviewFlag {
    /** The commune filed no report for the year. */
    MISSING_REPORT,
    /** Participating households below the threshold (Decree 52/2018 Art. 5(3)(a): 20 %). */
    LOW_PARTICIPATION,
    /** No production at all in the year. */
    NO_PRODUCTION
}
