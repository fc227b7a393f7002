package vn.langnghe.documents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.langnghe.criteria.Title;

/** An issued PDF's description; the bytes live in {@link DocumentContent}. Minutes concern every dossier of a round. */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private int size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Column(nullable = false)
    private boolean signed;

    @Column(nullable = false)
    private boolean archival;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_title")
    private Title subjectTitle;

    @Column(name = "subject_name")
    private String subjectName;

    @Column(name = "subject_commune")
    private String subjectCommune;

    @Column(name = "original_sha256")
    private String originalSha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issued_document_dossier", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "dossier_id", nullable = false)
    private Set<Long> dossierIds = new HashSet<>();

    protected IssuedDocument() {
    }

    IssuedDocument(DocumentKind kind, String number, LocalDate issuedOn, Instant issuedAt, String issuedBy,
            String fileName, String verificationCode, Signatory signatory, Subject subject, Collection<Long> dossierIds) {
        this.kind = kind;
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.fileName = fileName;
        this.verificationCode = verificationCode;
        this.archival = true;
        this.signerName = signatory.name();
        this.signerTitle = signatory.title();
        this.subjectTitle = subject.title();
        this.subjectName = subject.name();
        this.subjectCommune = subject.commune();
        this.dossierIds.addAll(dossierIds);
    }

    /** The file as issued: its size and hash, and whether it carries a digital signature. */
    void file(byte[] pdf, String sha256, boolean signed) {
        this.size = pdf.length;
        this.sha256 = sha256;
        this.signed = signed;
    }

    /** An administrator re-signed a file issued before digital signing: the first hash is kept. */
    void resigned(byte[] pdf, String sha256) {
        this.originalSha256 = this.sha256;
        file(pdf, sha256, true);
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    /** The decision number; null for minutes and certificates' own numbering is their decision's. */
    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    /** The stored form of the verification code; see {@link #getDisplayCode()}. */
    public String getVerificationCode() {
        return verificationCode;
    }

    /** The verification code as printed: "ABCD-EFGH-JKMN-PQRS". */
    public String getDisplayCode() {
        return VerificationCodes.display(verificationCode);
    }

    public boolean isSigned() {
        return signed;
    }

    /** Issued as PDF/A with its verification code on page 1; false for documents issued before that. */
    public boolean isArchival() {
        return archival;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public Subject getSubject() {
        return new Subject(subjectTitle, subjectName, subjectCommune);
    }

    /** The hash of the file as first issued, when it was re-signed later; otherwise null. */
    public String getOriginalSha256() {
        return originalSha256;
    }

    public Set<Long> getDossierIds() {
        return Set.copyOf(dossierIds);
    }
}
