package vn.langnghe.council;

/** A round is prepared, then open for votes, then closed with its results. */
public enum CouncilStatus {
    DRAFT,
    OPEN,
    CLOSED
}
