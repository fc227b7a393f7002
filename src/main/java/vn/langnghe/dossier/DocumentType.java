package vn.langnghe.dossier;

/** Types a dossier accepts (Decree 52 Art. 6 documents). */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The canonical file extension without the dot, lower case, e.g. {@code jpg}. */
    public String extension() {
        return extension;
    }
}
