package vn.langnghe.council;

/** What a closed round concluded on one dossier. */
public enum CouncilResult {
    RECOMMENDED,
    NOT_RECOMMENDED,
    /** Too few members voted; the dossier waits for a later round. */
    NO_QUORUM
}
