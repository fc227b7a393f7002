package vn.langnghe.dossier;

/** Thrown when an uploaded file is refused; {@link #reason()} says why. */
public class RejectedFileException extends RuntimeException {

    private final FileRejection reason;

    /** Creates the exception for the given reason. */
    public RejectedFileException(FileRejection reason) {
        super("File rejected: " + reason);
        this.reason = reason;
    }

    /** Why the file was refused. */
    public FileRejection reason() {
        return reason;
    }
}
