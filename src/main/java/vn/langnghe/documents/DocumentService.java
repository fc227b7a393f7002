package vn.langnghe.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.documents.pdf.ArchivalPdf;
import vn.langnghe.documents.signing.PdfSignatures;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * Issues PDFs (archival, signed, verifiable; see {@link #issue}), stores them and hands them to those who may see the dossier they concern: the same rule as the
 * dossier itself, so another commune's document answers "not found".
 */
@Service
@Transactional
@EnableConfigurationProperties(VerificationSettings.class)
public class DocumentService {

    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final IssuedDocuments documents;
    private final DocumentContents contents;
    private final DossierService dossiers;
    private final PdfSignatures signatures;
    private final VerificationSettings verification;
    private final OfficialText text;
    private final Clock clock;

    DocumentService(IssuedDocuments documents, DocumentContents contents, DossierService dossiers,
            PdfSignatures signatures, VerificationSettings verification, OfficialText text, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.dossiers = dossiers;
        this.signatures = signatures;
        this.verification = verification;
        this.text = text;
        this.clock = clock;
    }

    /** A PDF with its file name. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    /**
     * Issues a rendered PDF today: made PDF/A with a new verification code and its QR code on page 1, signed in the
     * name of the signatory (unless signing is off), and kept with what it concerns. {@code issuedBy} is the
     * account that issued it.
     */
    public IssuedDocument issue(DocumentKind kind, String number, String issuedBy, Signatory signatory,
            Subject subject, Pdf pdf, Collection<Long> dossierIds) {
        Instant now = clock.instant();
        String code = VerificationCodes.next();
        IssuedDocument document = new IssuedDocument(kind, number, LocalDate.now(clock), now, issuedBy,
                pdf.fileName(), code, signatory, subject, dossierIds);
        byte[] bytes = ArchivalPdf.finish(pdf.bytes(), new ArchivalPdf.Stamp(verification.url(code),
                stampLines(code, signatory, now)), now);
        if (signatures.enabled()) {
            bytes = signatures.sign(bytes, signatory, now);
        }
        document.file(bytes, DocumentVerification.sha256(bytes), signatures.enabled());
        documents.save(document);
        contents.save(new DocumentContent(document.getId(), bytes));
        return document;
    }

    /** Whether issued documents are digitally signed; when not, document pages say so. */
    @Transactional(readOnly = true)
    public boolean signing() {
        return signatures.enabled();
    }

    private List<String> stampLines(String code, Signatory signatory, Instant when) {
        String signed = signatures.enabled()
                ? "Ký số: " + text.committee() + " – " + signatory.title() + " " + signatory.name() + ", lúc "
                        + STAMP_TIME.format(when.atZone(VietnamTime.ZONE))
                : "Văn bản chưa được ký số (bản in từ hệ thống Làng Nghề).";
        return List.of("Mã xác minh: " + VerificationCodes.display(code), signed,
                "Quét mã QR hoặc mở địa chỉ dưới mã để xác minh văn bản.");
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> list(SignedInUser user, Long dossierId) {
        dossiers.get(user, dossierId);
        return documents.findByDossier(dossierId);
    }

    @Transactional(readOnly = true)
    public IssuedDocument get(SignedInUser user, Long dossierId, Long documentId) {
        dossiers.get(user, dossierId);
        return documents.findById(documentId).filter(d -> d.getDossierIds().contains(dossierId))
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    @Transactional(readOnly = true)
    public Pdf open(SignedInUser user, Long dossierId, Long documentId) {
        IssuedDocument document = get(user, dossierId, documentId);
        return new Pdf(document.getFileName(), contents.findById(documentId).orElseThrow().pdf());
    }

    /**
     * The issued document of that kind and number, for documents that concern no dossier (a revocation of an
     * entry recognised before the application kept dossiers). The caller checks that the user may see what the
     * document concerns; empty when none was issued.
     */
    @Transactional(readOnly = true)
    public Optional<Pdf> issued(DocumentKind kind, String number) {
        return documents.findByKindAndNumber(kind, number)
                .map(d -> new Pdf(d.getFileName(), contents.findById(d.getId()).orElseThrow().pdf()));
    }

    /**
     * An administrator signs a document issued before digital signing, without changing it: the signature is an
     * incremental update, so the first issue's bytes stay the start of the file, and its hash is kept so that copy
     * still verifies as an earlier copy. The signature is the committee's, dated now.
     */
    public IssuedDocument resign(SignedInUser administrator, String code) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators re-sign documents");
        }
        IssuedDocument document = VerificationCodes.read(code).flatMap(documents::findByVerificationCode)
                .orElseThrow(() -> new NotFoundException("Document", "code"));
        if (document.isSigned()) {
            throw new ConflictException("document.resign.alreadySigned");
        }
        if (!signatures.enabled()) {
            throw new ConflictException("document.resign.signingOff");
        }
        DocumentContent content = contents.findById(document.getId()).orElseThrow();
        byte[] signed = signatures.sign(content.pdf(), new Signatory(text.committee(),
                "Ký số bổ sung văn bản ban hành ngày " + VietnamTime.DATE.format(document.getIssuedOn())),
                clock.instant());
        document.resigned(signed, DocumentVerification.sha256(signed));
        content.replace(signed);
        return document;
    }
}
