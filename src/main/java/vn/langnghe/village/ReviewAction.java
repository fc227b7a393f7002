package vn.langnghe.village;

/** A step of the review and revocation procedure of a registry entry (DOMAIN.md §3 step 7). */
public enum ReviewAction {
    /** The annual review flagged the village and the procedure started. */
    STARTED,
    /** The reviewer found nothing to act on: the title stays. */
    CLEARED,
    /** The reviewer asked the commune to explain. */
    ASKED_COMMUNE,
    COMMUNE_ANSWERED,
    /** The reviewer proposed revocation to the leader. */
    PROPOSED,
    /** The leader kept the title. */
    KEPT,
    /** The leader withdrew the title by a numbered decision. */
    REVOKED
}
