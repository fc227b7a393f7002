package vn.langnghe.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken size limit would loop forever: fail instead of hanging the build. */
@Timeout(60)
class AttachmentFilesTest {

    private static final String KEY_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.";

    @TempDir
    Path root;
    Path dir;
    AttachmentFiles files;

    @BeforeEach
    void setUp() {
        dir = root.resolve("store");
        files = new AttachmentFiles(dir);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(DocumentType.PDF, (Supplier<byte[]>) () -> Fixtures.PDF),
                Arguments.of(DocumentType.JPEG, (Supplier<byte[]>) Fixtures::jpeg),
                Arguments.of(DocumentType.PNG, (Supplier<byte[]>) Fixtures::png),
                Arguments.of(DocumentType.DOCX, (Supplier<byte[]>) Fixtures::docx),
                Arguments.of(DocumentType.XLSX, (Supplier<byte[]>) Fixtures::xlsx),
                Arguments.of(DocumentType.ODT, (Supplier<byte[]>) Fixtures::odt));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void detectsEachAcceptedTypeFromContent(DocumentType type, Supplier<byte[]> content) throws IOException {
        Path file = Files.write(root.resolve("no-extension"), content.get());

        assertThat(AttachmentFiles.detect(file)).contains(type);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void storesEachAcceptedTypeUnderARandomKeyNotTheUserName(DocumentType type, Supplier<byte[]> content) throws IOException {
        byte[] bytes = content.get();

        StoredFile stored = files.store("Tờ khai Bản Lác." + type.extension(), new ByteArrayInputStream(bytes));

        assertThat(stored.type()).isEqualTo(type);
        assertThat(stored.fileName()).isEqualTo("Tờ khai Bản Lác." + type.extension());
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.storageKey()).matches(KEY_PATTERN + type.extension());
        assertThat(listDir()).containsExactly(stored.storageKey());
        try (InputStream in = files.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void computesTheSha256OfTheContent() {
        StoredFile stored = files.store("a.pdf", new ByteArrayInputStream(Fixtures.PDF));

        assertThat(stored.sha256()).isEqualTo(Fixtures.PDF_SHA256);
        assertThat(stored.size()).isEqualTo(Fixtures.PDF.length);
    }

    @Test
    void givesTwoUploadsOfTheSameFileDifferentKeys() {
        StoredFile first = files.store("a.pdf", new ByteArrayInputStream(Fixtures.PDF));
        StoredFile second = files.store("a.pdf", new ByteArrayInputStream(Fixtures.PDF));

        assertThat(first.storageKey()).isNotEqualTo(second.storageKey());
        assertThat(listDir()).hasSize(2);
    }

    @Test
    void refusesAPngNamedPdf() {
        assertRefused("ảnh chụp.pdf", Fixtures.png(), FileRejection.TYPE_MISMATCH_WITH_NAME);
    }

    @Test
    void refusesADocxNamedXlsx() {
        assertRefused("bang ke.xlsx", Fixtures.docx(), FileRejection.TYPE_MISMATCH_WITH_NAME);
    }

    @Test
    void refusesATextFileNamedPdf() {
        assertRefused("don.pdf", "Xin chào, đây không phải PDF".getBytes(StandardCharsets.UTF_8),
                FileRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("a.pdf", new byte[0], FileRejection.EMPTY);
    }

    @Test
    void refusesOneByteOverTheLimitAndLeavesNoTempFile() {
        var content = new Fixtures.GeneratedStream(Fixtures.PDF, AttachmentFiles.MAX_SIZE + 1);

        assertThatThrownBy(() -> files.store("big.pdf", content))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRejection.TOO_LARGE));
        assertThat(listDir()).isEmpty();
    }

    @Test
    void stopsReadingAnEndlessStreamJustPastTheLimit() {
        var endless = new Fixtures.GeneratedStream(Fixtures.PDF, Long.MAX_VALUE);

        assertThatThrownBy(() -> files.store("endless.pdf", endless))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRejection.TOO_LARGE));
        assertThat(endless.bytesRead()).isEqualTo(AttachmentFiles.MAX_SIZE + 1);
        assertThat(listDir()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheMaximumSize() throws IOException {
        var content = new Fixtures.GeneratedStream(Fixtures.PDF, AttachmentFiles.MAX_SIZE);

        StoredFile stored = files.store("max.pdf", content);

        assertThat(stored.size()).isEqualTo(AttachmentFiles.MAX_SIZE);
        assertThat(stored.type()).isEqualTo(DocumentType.PDF);
        assertThat(Files.size(dir.resolve(stored.storageKey()))).isEqualTo(AttachmentFiles.MAX_SIZE);
    }

    @Test
    void refusesAZipBombPosingAsXlsxQuickly() throws IOException {
        Path bomb = root.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            Fixtures.zipOfZeros(out, "bomb.txt", 50L * 1024 * 1024);
        }
        assertThat(Files.size(bomb)).as("fixture really is a bomb").isLessThan(1024 * 1024);

        assertTimeout(Duration.ofSeconds(5), () -> {
            try (InputStream in = Files.newInputStream(bomb)) {
                assertThatThrownBy(() -> files.store("bao cao.xlsx", in))
                        .isInstanceOfSatisfying(RejectedFileException.class,
                                e -> assertThat(e.reason()).isEqualTo(FileRejection.UNSUPPORTED_TYPE));
            }
        });
        assertThat(listDir()).isEmpty();
    }

    @Test
    void recognisesOfficeFilesByEntryNamesWithoutDecompressingEntries() throws IOException {
        byte[] zip = Fixtures.zip(Map.of("xl/workbook.xml", "<workbook>" + "x".repeat(500) + "</workbook>"));
        // Break the deflate stream of the only entry (BTYPE=11 is invalid); the central directory stays intact.
        int nameLength = (zip[26] & 0xFF) | (zip[27] & 0xFF) << 8;
        int extraLength = (zip[28] & 0xFF) | (zip[29] & 0xFF) << 8;
        zip[30 + nameLength + extraLength] = (byte) 0xFF;
        Path file = Files.write(root.resolve("corrupt-entry.xlsx"), zip);
        try (ZipFile check = new ZipFile(file.toFile())) {
            assertThatThrownBy(() -> check.getInputStream(check.getEntry("xl/workbook.xml")).readAllBytes())
                    .as("fixture entry cannot be decompressed")
                    .isInstanceOf(ZipException.class);
        }

        assertThat(AttachmentFiles.detect(file)).contains(DocumentType.XLSX);
    }

    @Test
    void refusesACorruptZip() {
        byte[] corrupt = "PK\u0003\u0004 this is not really a zip file".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused("ho so.docx", corrupt, FileRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAZipWithoutDocumentEntries() {
        byte[] zip = Fixtures.zip(Map.of("document.xml", "<w:document/>", "readme.txt", "hi"));

        assertRefused("ho so.docx", zip, FileRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAZipThatLooksLikeTwoDocumentTypes() {
        byte[] zip = Fixtures.zip(Map.of("word/document.xml", "<w:document/>", "xl/workbook.xml", "<workbook/>"));

        assertRefused("ho so.docx", zip, FileRejection.UNSUPPORTED_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.text\n",
            "application/vnd.oasis.opendocument.textXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"})
    void refusesAnOdtWhoseMimetypeIsNotExactlyOdt(String mimetype) {
        assertRefused("van ban.odt", Fixtures.odtWithMimetype(mimetype), FileRejection.UNSUPPORTED_TYPE);
    }

    @Test
    void appendsTheDetectedExtensionWhenTheNameHasNoKnownOne() {
        assertThat(files.store("scan", new ByteArrayInputStream(Fixtures.PDF)).fileName()).isEqualTo("scan.pdf");
        assertThat(files.store("biên bản.txt", new ByteArrayInputStream(Fixtures.png())).fileName())
                .isEqualTo("biên bản.txt.png");
    }

    @Test
    void acceptsKnownExtensionsInAnyCaseAndTheJpegSpelling() {
        StoredFile stored = files.store("ẢNH HỘ DÂN.JPEG", new ByteArrayInputStream(Fixtures.jpeg()));

        assertThat(stored.type()).isEqualTo(DocumentType.JPEG);
        assertThat(stored.fileName()).isEqualTo("ẢNH HỘ DÂN.JPEG");
        assertThat(stored.storageKey()).endsWith(".jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../outside.pdf", "..\\..\\outside.pdf", "/tmp/outside.pdf", "store/../outside.pdf"})
    void keepsPathTraversalNamesInsideTheDirectory(String name) throws IOException {
        StoredFile stored = files.store(name, new ByteArrayInputStream(Fixtures.PDF));

        assertThat(stored.fileName()).isEqualTo("outside.pdf");
        assertThat(listDir()).containsExactly(stored.storageKey());
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).containsExactly(dir.resolve(stored.storageKey()));
        }
    }

    @Test
    void refusesAnInvalidNameWithoutReadingTheContent() {
        var content = new Fixtures.GeneratedStream(Fixtures.PDF, 100);

        assertThatThrownBy(() -> files.store("../../", content))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRejection.INVALID_NAME));
        assertThat(content.bytesRead()).isZero();
        assertThat(listDir()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../x",
            "passwd",
            "/etc/passwd",
            "",
            "upload-123.tmp",
            "3F2504E0-4F89-11D3-9A0C-0305E82C3301.pdf",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301.pdf/../../x",
            "../3f2504e0-4f89-11d3-9a0c-0305e82c3.pdf",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301.exe1x",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301.pdf\n"})
    void refusesKeysThatAreNotOurs(String key) {
        assertThatThrownBy(() -> files.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTheTempFileNameAndNullAsKeys() throws IOException {
        Path temp = Files.createTempFile(dir, "upload-", ".tmp");

        assertThatThrownBy(() -> files.open(temp.getFileName().toString())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.open(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteRemovesTheFileAndOpenThenReportsItMissing() {
        StoredFile stored = files.store("a.pdf", new ByteArrayInputStream(Fixtures.PDF));

        files.delete(stored.storageKey());
        files.delete(stored.storageKey());   // idempotent

        assertThat(listDir()).isEmpty();
        assertThatThrownBy(() -> files.open(stored.storageKey()))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void createsTheDirectoryIfMissing() {
        Path nested = root.resolve("a/b/c");

        new AttachmentFiles(nested);

        assertThat(nested).isDirectory();
    }

    private void assertRefused(String name, byte[] content, FileRejection reason) {
        assertThatThrownBy(() -> files.store(name, new ByteArrayInputStream(content)))
                .isInstanceOfSatisfying(RejectedFileException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(listDir()).as("nothing left behind").isEmpty();
    }

    private List<String> listDir() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
