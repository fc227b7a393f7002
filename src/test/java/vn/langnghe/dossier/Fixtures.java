package vn.langnghe.dossier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Tiny real files for the tests. */
final class Fixtures {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** sha256sum of {@link #PDF}, computed outside Java. */
    static final String PDF_SHA256 = "14bcd090baf31edba64e9cbd8cdfc15f943344aa72cb3675ad8e91bfcbce03ad";

    private Fixtures() {
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);   // the JPEG writer refuses alpha
    }

    static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    static byte[] odt() {
        return odtWithMimetype(DocumentType.ODT.mediaType());
    }

    static byte[] odtWithMimetype(String mimetype) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype);
        entries.put("content.xml", "<office:document-content/>");
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes a zip with one entry of {@code zeros} zero bytes, deflated, without holding them in memory. */
    static void zipOfZeros(OutputStream target, String entryName, long zeros) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] buffer = new byte[1024 * 1024];
            for (long left = zeros; left > 0; left -= buffer.length) {
                zip.write(buffer, 0, (int) Math.min(buffer.length, left));
            }
            zip.closeEntry();
        }
    }

    private static byte[] image(String format, int imageType) {
        BufferedImage image = new BufferedImage(4, 4, imageType);
        image.setRGB(1, 1, 0xFFCC0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An input stream of {@code prefix} followed by zeros up to {@code length} bytes, counting what was read. */
    static final class GeneratedStream extends InputStream {
        private final byte[] prefix;
        private final long length;
        private long position;

        GeneratedStream(byte[] prefix, long length) {
            this.prefix = prefix;
            this.length = length;
        }

        long bytesRead() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < prefix.length ? prefix[(int) p] : 0;
            }
            position += n;
            return n;
        }
    }
}
