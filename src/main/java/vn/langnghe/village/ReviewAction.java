package vn.langnghe.village;

/** A step of an entry's history: its recognitions, and its review and revocation procedure. */
public enum ReviewAction {
    /** A decision granted the entry a title it did not hold (the note is the title). */
    RECOGNISED,
    /** A decision upgraded the title in force (the note is "old,new"). */
    UPGRADED,
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
