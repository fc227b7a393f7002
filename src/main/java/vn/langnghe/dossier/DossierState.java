package vn.langnghe.dossier;

/** Where a dossier stands. The review process moves it after submission. */
public enum DossierState {
    DRAFT,
    /** Waiting for the intake check (or the optional district appraisal). */
    SUBMITTED,
    /** With the commune for a supplement; the statutory clock is paused. */
    RETURNED,
    /** Accepted as valid: the statutory clock runs; a reviewer appraises the criteria. */
    IN_APPRAISAL,
    /** Appraised, with a recommendation; waits for the evaluation council. */
    AWAITING_COUNCIL,
    /** Closed because the commune did not supplement it by the deadline. */
    WITHDRAWN;

    /** The commune may still change the dossier. */
    public boolean editableByCommune() {
        return this == DRAFT || this == RETURNED;
    }
}
