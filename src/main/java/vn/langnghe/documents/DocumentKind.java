package vn.langnghe.documents;

/** What an issued document is. */
public enum DocumentKind {
    DECISION,
    CERTIFICATE,
    MINUTES
}
