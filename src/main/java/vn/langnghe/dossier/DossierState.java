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
    /** Appraised, with a recommendation; waits for a round of the evaluation council. */
    AWAITING_COUNCIL,
    /** On the agenda of an open council round: the members are voting. */
    IN_COUNCIL,
    /** The council recommended it: the leader decides. */
    AWAITING_DECISION,
    /** The council did not recommend it; the procedure ends here and the commune is told. */
    NOT_RECOMMENDED,
    /** The leader approved it: the title is granted by a numbered decision. */
    RECOGNISED,
    /** The leader rejected it, with a reason the commune sees. */
    REJECTED,
    /** Closed because the commune did not supplement it by the deadline. */
    WITHDRAWN;

    /** The statutory clock runs in these states (unless paused for a supplement). */
    public boolean clockRunning() {
        return this == IN_APPRAISAL || this == AWAITING_COUNCIL || this == IN_COUNCIL || this == AWAITING_DECISION;
    }

    /** The procedure has ended with an answer to the commune. */
    public boolean decided() {
        return this == NOT_RECOMMENDED || this == RECOGNISED || this == REJECTED;
    }

    /** The commune may still change the dossier. */
    public boolean editableByCommune() {
        return this == DRAFT || this == RETURNED;
    }
}
