package vn.langnghe.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.documents.signing.PdfSignatures;

/**
 * What anyone may learn about an issued document without signing in, from its verification code or from the
 * file itself: kind, number, date, issuing authority, what it concerns, who signed, its standing today and the
 * SHA-256 of the issued file. Nothing beyond what the document itself publishes.
 */
@Service
@Transactional(readOnly = true)
public class DocumentVerification {

    /** A document's standing today. */
    public enum Standing {
        IN_FORCE,
        /** The title it granted was withdrawn by a revocation decision. */
        REVOKED
    }

    /**
     * The public record of an issued document.
     *
     * @param signed       carries the authority's digital signature
     * @param archival     issued as PDF/A with its verification code printed; false for documents issued before
     *                     digital signing
     * @param revokedBy    the revocation decision's number when revoked, else null
     * @param revokedOn    its date when revoked, else null
     * @param sha256       the SHA-256 of the file as issued (after any re-signing)
     */
    public record PublicRecord(String code, DocumentKind kind, String number, LocalDate issuedOn, String authority,
            Subject subject, String signerName, String signerTitle, boolean signed, boolean archival,
            Standing standing, String revokedBy, LocalDate revokedOn, String sha256) {
    }

    /** What a handed-in file is. */
    public enum Verdict {
        /** Byte for byte a document this province issued, with its signature intact (or issued before signing). */
        AUTHENTIC,
        /** The unsigned first issue of a document an administrator has since re-signed: same content, older copy. */
        EARLIER_COPY,
        /** Not a file this province issued, or one changed since. */
        NOT_ISSUED
    }

    /** The answer to a handed-in file; {@code document} is null when the verdict is {@link Verdict#NOT_ISSUED}. */
    public record FileCheck(Verdict verdict, PublicRecord document, PdfSignatures.Validation signature) {
    }

    private final IssuedDocuments documents;
    private final PdfSignatures signatures;
    private final OfficialText text;

    DocumentVerification(IssuedDocuments documents, PdfSignatures signatures, OfficialText text) {
        this.documents = documents;
        this.signatures = signatures;
        this.text = text;
    }

    /** The document of a typed or scanned code; unknown and malformed codes answer the same "not found". */
    public PublicRecord find(String code) {
        return VerificationCodes.read(code).flatMap(documents::findByVerificationCode).map(this::record)
                .orElseThrow(() -> new NotFoundException("Document", "code"));
    }

    /** Whether the file is one this province issued, unchanged: its hash is on record and its signature holds. */
    public FileCheck check(byte[] pdf) {
        String hash = sha256(pdf);
        PdfSignatures.Validation signature = signatures.validate(pdf);
        Optional<IssuedDocument> issued = documents.findFirstBySha256(hash);
        if (issued.isPresent()) {
            boolean holds = issued.get().isSigned() ? signature.intact() && signature.byUs() : !signature.signed();
            return new FileCheck(holds ? Verdict.AUTHENTIC : Verdict.NOT_ISSUED, holds ? record(issued.get()) : null,
                    signature);
        }
        return documents.findFirstByOriginalSha256(hash)
                .map(d -> new FileCheck(Verdict.EARLIER_COPY, record(d), signature))
                .orElse(new FileCheck(Verdict.NOT_ISSUED, null, signature));
    }

    PublicRecord record(IssuedDocument d) {
        Optional<IssuedDocument> revocation = d.getKind() == DocumentKind.DECISION
                || d.getKind() == DocumentKind.CERTIFICATE ? revocationOf(d) : Optional.empty();
        return new PublicRecord(d.getDisplayCode(), d.getKind(), d.getNumber(), d.getIssuedOn(), text.committee(),
                d.getSubject(), d.getSignerName(), d.getSignerTitle(), d.isSigned(), d.isArchival(),
                revocation.isPresent() ? Standing.REVOKED : Standing.IN_FORCE,
                revocation.map(IssuedDocument::getNumber).orElse(null),
                revocation.map(IssuedDocument::getIssuedOn).orElse(null), d.getSha256());
    }

    private Optional<IssuedDocument> revocationOf(IssuedDocument d) {
        if (d.getDossierIds().isEmpty()) {
            return Optional.empty();
        }
        List<IssuedDocument> revocations = documents.findByKindConcerning(DocumentKind.REVOCATION, d.getDossierIds());
        return revocations.stream().filter(r -> !r.getIssuedAt().isBefore(d.getIssuedAt())).findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
