package vn.langnghe.village.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import vn.langnghe.village.ExportFormat;

/** Sets the headers of a file download written straight to the response, row by row. */
final class Downloads {

    private Downloads() {
    }

    static void start(HttpServletResponse response, ExportFormat format, String baseName) {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(format.fileName(baseName), StandardCharsets.UTF_8).build().toString());
    }
}
