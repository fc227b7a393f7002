package vn.langnghe.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.DocumentVerification;
import vn.langnghe.documents.Subject;

/**
 * The public verification page ({@code /xac-minh/{code}}, no login), where the QR code on every issued document
 * leads: what the document is and its standing today, and a check of a PDF file someone was handed.
 */
@Route(value = "xac-minh", autoLayout = false)
@StyleSheet("styles/app.css")
@AnonymousAllowed
public class VerificationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DocumentVerification verification;
    private final Div record = new Div();
    private final Div fileResult = new Div();

    public VerificationView(DocumentVerification verification, DocumentService documents) {
        this.verification = verification;
        addClassName("verification");
        TextField code = new TextField(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX");
        code.setWidth("16em");
        Button look = new Button(getTranslation("verify.look"),
                e -> getUI().ifPresent(ui -> ui.navigate(VerificationView.class, code.getValue().trim())));
        HorizontalLayout lookup = new HorizontalLayout(code, look);
        lookup.setAlignItems(FlexComponent.Alignment.BASELINE);
        record.addClassName("verification-record");
        fileResult.addClassName("verification-file");
        add(new Anchor("login", getTranslation("openData.login")), new H1(getTranslation("verify.heading")),
                new Paragraph(getTranslation("verify.intro")));
        if (!documents.signing()) {
            Paragraph off = new Paragraph(getTranslation("verify.signingOff"));
            off.addClassName("signing-off");
            add(off);
        }
        add(lookup, record, new H2(getTranslation("verify.file.heading")),
                new Paragraph(getTranslation("verify.file.intro")), uploader(), fileResult);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        record.removeAll();
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            record.add(details(verification.find(code)));
        } catch (NotFoundException e) {
            Paragraph unknown = new Paragraph(getTranslation("verify.unknown"));
            unknown.addClassName("verification-unknown");
            record.add(unknown);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.heading");
    }

    private Component uploader() {
        Upload upload = new Upload();
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            DocumentVerification.FileCheck check = verification.check(bytes);
            getUI().ifPresent(ui -> ui.access(() -> showFile(metadata.fileName(), check)));
        }));
        return upload;
    }

    private void showFile(String fileName, DocumentVerification.FileCheck check) {
        fileResult.removeAll();
        Paragraph verdict = new Paragraph(getTranslation("verify.file." + check.verdict().name(), fileName));
        verdict.addClassName("verdict-" + check.verdict().name().toLowerCase());
        fileResult.add(verdict);
        if (check.document() != null) {
            fileResult.add(details(check.document()));
        }
    }

    private Component details(DocumentVerification.PublicRecord d) {
        Div box = new Div();
        box.addClassName("verification-details");
        String standing = d.standing() == DocumentVerification.Standing.REVOKED
                ? getTranslation("verify.standing.REVOKED", d.revokedBy(), VietnamTime.DATE.format(d.revokedOn()))
                : getTranslation("verify.standing.IN_FORCE");
        Span standingText = new Span(standing);
        standingText.addClassName("standing-" + d.standing().name().toLowerCase());
        box.add(row("verify.kind", getTranslation("document.kind." + d.kind().name())));
        if (d.number() != null) {
            box.add(row("verify.number", d.number()));
        }
        box.add(row("verify.date", VietnamTime.DATE.format(d.issuedOn())), row("verify.authority", d.authority()));
        Subject subject = d.subject();
        if (subject.title() != null) {
            box.add(row("verify.title", getTranslation("title." + subject.title().name())));
        }
        if (subject.name() != null) {
            box.add(row("verify.subject", subject.name()));
        }
        if (subject.commune() != null) {
            box.add(row("verify.commune", subject.commune()));
        }
        if (d.signerName() != null) {
            box.add(row("verify.signer", d.signerTitle() + " " + d.signerName()));
        }
        box.add(row("verify.signature", getTranslation(!d.archival() && !d.signed() ? "verify.signature.before"
                : !d.archival() ? "verify.signature.resigned"
                : d.signed() ? "verify.signature.signed" : "verify.signature.unsigned")));
        Div standingRow = row("verify.standing", "");
        standingRow.add(standingText);
        box.add(standingRow, row("verify.sha256", d.sha256()), row("verify.codeLabel", d.code()));
        return box;
    }

    private Div row(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("label");
        Div row = new Div(label);
        if (!value.isEmpty()) {
            row.add(new Span(value));
        }
        return row;
    }
}
