package vn.langnghe.village.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import vn.langnghe.village.ExportFormat;

/** A download link whose file is written straight to the response when clicked, row by row. */
final class RegistryDownload {

    /** Writes the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private RegistryDownload() {
    }

    static Anchor link(String text, ExportFormat format, String baseName, Content content) {
        DownloadHandler handler = event -> {
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.mediaType());
            content.writeTo(event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(" " + text));
        anchor.addClassName("download-link");
        return anchor;
    }
}
