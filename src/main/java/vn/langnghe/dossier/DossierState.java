package vn.langnghe.dossier;

/** Where a dossier stands, as the commune sees it. Later states are set by the review process. */
public enum DossierState {
    DRAFT,
    SUBMITTED,
    RETURNED;

    /** The commune may still change the dossier. */
    public boolean editableByCommune() {
        return this == DRAFT || this == RETURNED;
    }
}
