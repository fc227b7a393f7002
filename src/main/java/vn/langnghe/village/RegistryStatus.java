package vn.langnghe.village;

/** Where a registry entry stands. */
public enum RegistryStatus {
    /** Known to the province, no title (yet): e.g. the village of a recognised traditional craft. */
    NOT_RECOGNISED,
    RECOGNISED,
    /** Recognised, and under the review that may lead to revocation (docs/domain.md §3 step 7). */
    UNDER_REVIEW,
    /** The title was withdrawn by a provincial decision. */
    REVOKED;

    /** The title is in force: the village reports its figures each year and counts as recognised. */
    public boolean titleInForce() {
        return this == RECOGNISED || this == UNDER_REVIEW;
    }
}
