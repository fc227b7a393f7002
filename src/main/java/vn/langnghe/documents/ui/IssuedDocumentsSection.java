package vn.langnghe.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.ui.CaseFileSection;
import vn.langnghe.dossier.ui.DossierLabels;
import vn.langnghe.identity.SignedInUser;

/** The case file's issued documents (decision, certificate, minutes), each a PDF to download and print. */
@org.springframework.stereotype.Component
@Order(30)
class IssuedDocumentsSection implements CaseFileSection {

    private final DocumentService documents;

    IssuedDocumentsSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Optional<Component> render(SignedInUser user, Dossier dossier) {
        List<IssuedDocument> issued = documents.list(user, dossier.getId());
        return issued.isEmpty() ? Optional.empty() : Optional.of(new View(user, dossier.getId(), issued));
    }

    private final class View extends Div {

        View(SignedInUser user, Long dossierId, List<IssuedDocument> issued) {
            addClassName("issued-documents");
            add(new H3(getTranslation("caseFile.issued.heading")));
            UnorderedList list = new UnorderedList();
            for (IssuedDocument document : issued) {
                DownloadHandler download = event -> {
                    DocumentService.Pdf pdf = documents.open(user, dossierId, document.getId());
                    event.setFileName(pdf.fileName());
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(pdf.bytes());
                };
                Anchor link = new Anchor(download, getTranslation("document.kind." + document.getKind().name()));
                link.getElement().setAttribute("download", true);
                link.addClassName("document-" + document.getKind().name().toLowerCase());
                String detail = (document.getNumber() == null ? "" : getTranslation("caseFile.issued.number",
                        document.getNumber()) + ", ") + getTranslation("caseFile.issued.on",
                        DossierLabels.date(document.getIssuedOn()));
                list.add(new ListItem(link, new Span(" (" + detail + ")")));
            }
            add(list);
            if (!documents.signing()) {
                Paragraph off = new Paragraph(getTranslation("document.signingOff"));
                off.addClassName("signing-off");
                add(off);
            }
        }
    }
}
