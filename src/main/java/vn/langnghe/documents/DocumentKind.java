package vn.langnghe.documents;

/** What an issued document is. */
public enum DocumentKind {
    DECISION,
    CERTIFICATE,
    MINUTES,
    /** A decision withdrawing a title (Quyết định thu hồi danh hiệu). */
    REVOCATION
}
