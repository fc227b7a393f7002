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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issued_document_dossier", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "dossier_id", nullable = false)
    private Set<Long> dossierIds = new HashSet<>();

    protected IssuedDocument() {
    }

    IssuedDocument(DocumentKind kind, String number, LocalDate issuedOn, Instant issuedAt, String issuedBy,
            String fileName, int size, String sha256, Collection<Long> dossierIds) {
        this.kind = kind;
        this.number = number;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
        this.dossierIds.addAll(dossierIds);
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

    public Set<Long> getDossierIds() {
        return Set.copyOf(dossierIds);
    }
}
