package vn.langnghe.dossier;

/** Why a file was refused; the caller turns the code into a Vietnamese/English message. */
public enum FileRejection {
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    TYPE_MISMATCH_WITH_NAME,
    INVALID_NAME
}
