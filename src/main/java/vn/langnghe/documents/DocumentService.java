package vn.langnghe.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.identity.SignedInUser;

/**
 * Stores issued PDFs and hands them to those who may see the dossier they concern: the same rule as the
 * dossier itself, so another commune's document answers "not found".
 */
@Service
@Transactional
public class DocumentService {

    private final IssuedDocuments documents;
    private final DocumentContents contents;
    private final DossierService dossiers;
    private final Clock clock;

    DocumentService(IssuedDocuments documents, DocumentContents contents, DossierService dossiers, Clock clock) {
        this.documents = documents;
        this.contents = contents;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** A PDF with its file name. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    /** Keeps a PDF issued today by {@code issuedBy} about the given dossiers. */
    public IssuedDocument issue(DocumentKind kind, String number, String issuedBy, Pdf pdf, Collection<Long> dossierIds) {
        IssuedDocument document = documents.save(new IssuedDocument(kind, number, LocalDate.now(clock), clock.instant(),
                issuedBy, pdf.fileName(), pdf.bytes().length, sha256(pdf.bytes()), dossierIds));
        contents.save(new DocumentContent(document.getId(), pdf.bytes()));
        return document;
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
