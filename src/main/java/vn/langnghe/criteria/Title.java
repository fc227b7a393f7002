package vn.langnghe.criteria;

/** The title a dossier applies for. */
public enum Title {
    /** Nghề truyền thống (NTT). */
    TRADITIONAL_CRAFT,
    /** Làng nghề (LN). */
    CRAFT_VILLAGE,
    /** Làng nghề truyền thống (LNTT). */
    TRADITIONAL_CRAFT_VILLAGE
}
