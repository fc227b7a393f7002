package vn.langnghe.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Stores dossier attachments in one directory after checking size and type.
 * The type is always taken from the content; files are kept under random keys, never under the user's name.
 */
public final class AttachmentFiles {

    public static final long MAX_SIZE = 20L * 1024 * 1024;   // 20 MB

    private static final int MAX_NAME_LENGTH = 150;
    private static final Pattern KEY = Pattern.compile("^[0-9a-f-]{36}\\.[a-z]{3,4}$");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ODT_MIMETYPE = DocumentType.ODT.mediaType().getBytes(StandardCharsets.US_ASCII);
    private static final int MIMETYPE_READ_LIMIT = 100;
    /** An office document of at most 20 MB unpacks to far less than this, at far less than this ratio. */
    private static final long MAX_UNPACKED = 200L * 1024 * 1024;
    private static final long MAX_RATIO = 100;

    private static final Map<String, DocumentType> KNOWN_EXTENSIONS = Map.of(
            "pdf", DocumentType.PDF,
            "jpg", DocumentType.JPEG,
            "jpeg", DocumentType.JPEG,
            "png", DocumentType.PNG,
            "docx", DocumentType.DOCX,
            "xlsx", DocumentType.XLSX,
            "odt", DocumentType.ODT);

    private final Path directory;

    /** Uses {@code directory} for storage, creating it if missing. */
    public AttachmentFiles(Path directory) {
        try {
            this.directory = Files.createDirectories(directory).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks and stores an upload. Never trusts the declared name or content type for the type.
     *
     * @throws RejectedFileException if the file is refused; nothing is left on disk in that case
     */
    public StoredFile store(String originalName, InputStream content) {
        String name = sanitiseName(originalName);
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, "upload-", ".tmp");
            MessageDigest sha256 = sha256();
            long size = copyLimited(content, temp, sha256);
            if (size == 0) {
                throw new RejectedFileException(FileRejection.EMPTY);
            }
            DocumentType type = detect(temp).orElseThrow(() -> new RejectedFileException(FileRejection.UNSUPPORTED_TYPE));
            DocumentType named = KNOWN_EXTENSIONS.get(extensionOf(name));
            if (named == null) {
                name = sanitiseName(name + "." + type.extension());
            } else if (named != type) {
                throw new RejectedFileException(FileRejection.TYPE_MISMATCH_WITH_NAME);
            }
            String key = UUID.randomUUID() + "." + type.extension();
            Files.move(temp, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new StoredFile(key, name, type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Opens a stored file for reading.
     *
     * @throws IllegalArgumentException if the key is not a storage key issued by this class
     * @throws UncheckedIOException     (wrapping {@link java.nio.file.NoSuchFileException}) if it no longer exists
     */
    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a stored file; deleting a file that is already gone is not an error.
     *
     * @throws IllegalArgumentException if the key is not a storage key issued by this class
     */
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(resolve(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns a user-supplied name into a safe display name, or throws {@link FileRejection#INVALID_NAME}. */
    static String sanitiseName(String originalName) {
        if (originalName == null) {
            throw new RejectedFileException(FileRejection.INVALID_NAME);
        }
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            out.appendCodePoint(isAllowed(cp) ? cp : '_');
        });
        String cleaned = out.toString()
                .replaceAll(" {2,}", " ")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[. ]+", "")
                // trailing dots/spaces are silently dropped by Windows when the file is saved
                .replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            throw new RejectedFileException(FileRejection.INVALID_NAME);
        }
        return truncate(cleaned);
    }

    /** Detects the type from the file's content only; empty if it is not an accepted type. */
    static Optional<DocumentType> detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG_MAGIC.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return detectZip(file);
        }
        return Optional.empty();
    }

    /**
     * Looks only at the central directory (entry names and sizes); only ODT's tiny "mimetype" entry is read.
     * An archive that would unpack to far more than any office document (a zip bomb) is not a document.
     */
    private static Optional<DocumentType> detectZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (!plausiblyUnpacked(zip)) {
                return Optional.empty();
            }
            boolean docx = zip.getEntry("word/document.xml") != null;
            boolean xlsx = zip.getEntry("xl/workbook.xml") != null;
            boolean odt = isOdtMimetype(zip);
            // a file claiming to be more than one kind of document is not one we accept
            if ((docx ? 1 : 0) + (xlsx ? 1 : 0) + (odt ? 1 : 0) != 1) {
                return Optional.empty();
            }
            return Optional.of(docx ? DocumentType.DOCX : xlsx ? DocumentType.XLSX : DocumentType.ODT);
        } catch (IOException | RuntimeException e) {
            // untrusted bytes: any parsing failure (ZipException, bad entry names, ...) means "not a document"
            return Optional.empty();
        }
    }

    private static boolean plausiblyUnpacked(ZipFile zip) {
        long total = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            long size = entry.getSize();
            long packed = entry.getCompressedSize();
            total += size;
            if (size < 0 || total > MAX_UNPACKED || (packed > 0 && size / packed > MAX_RATIO)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOdtMimetype(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Arrays.equals(in.readNBytes(MIMETYPE_READ_LIMIT), ODT_MIMETYPE);
        }
    }

    /** Copies at most MAX_SIZE bytes to {@code target}; refuses as soon as one more byte arrives. */
    private static long copyLimited(InputStream content, Path target, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            while (true) {
                // never ask for more than one byte past the limit
                int wanted = (int) Math.min(buffer.length, MAX_SIZE + 1 - total);
                int n = content.read(buffer, 0, wanted);
                if (n < 0) {
                    return total;
                }
                total += n;
                if (total > MAX_SIZE) {
                    throw new RejectedFileException(FileRejection.TOO_LARGE);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
    }

    private Path resolve(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        Path path = directory.resolve(storageKey).normalize();
        if (!directory.equals(path.getParent())) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return path;
    }

    private static boolean isAllowed(int cp) {
        return Character.isLetterOrDigit(cp)
                // combining marks belong to the letter before them (needed by scripts that NFC cannot compose)
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || cp == ' ' || cp == '.' || cp == '-' || cp == '_' || cp == '(' || cp == ')';
    }

    private static String truncate(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = MAX_NAME_LENGTH - ext.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;   // do not split a surrogate pair
        }
        return name.substring(0, end).stripTrailing() + ext;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the temp name never matches a storage key, so it can never be served
        }
    }
}
