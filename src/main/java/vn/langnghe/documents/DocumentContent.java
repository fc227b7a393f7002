package vn.langnghe.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The PDF bytes of an issued document, kept apart so listing documents never loads them. */
@Entity
@Table(name = "issued_document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] pdf;

    protected DocumentContent() {
    }

    DocumentContent(Long documentId, byte[] pdf) {
        this.documentId = documentId;
        this.pdf = pdf;
    }

    byte[] pdf() {
        return pdf;
    }

    /** The re-signed file of a document issued before digital signing. */
    void replace(byte[] signed) {
        this.pdf = signed;
    }
}
