package vn.langnghe.dossier;

/**
 * A file accepted by {@link AttachmentFiles}.
 *
 * @param storageKey opaque key to pass to {@link AttachmentFiles#open} and {@link AttachmentFiles#delete}
 * @param fileName   the sanitised display name (never used on disk)
 * @param type       the type detected from the content
 * @param size       size in bytes
 * @param sha256     SHA-256 of the content, lower-case hex
 */
public record StoredFile(String storageKey, String fileName, DocumentType type, long size, String sha256) {
}
