package vn.langnghe.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.identity.SignedInUser;

/** The documents issued on a dossier, for whoever may see the dossier (another commune's answers 404). */
@RestController
@RequestMapping("/api/v1/dossiers/{dossierId}/documents")
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    record DocumentJson(Long id, DocumentKind kind, String number, LocalDate issuedOn, String fileName) {

        static DocumentJson of(IssuedDocument d) {
            return new DocumentJson(d.getId(), d.getKind(), d.getNumber(), d.getIssuedOn(), d.getFileName());
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<DocumentJson> list(@AuthenticationPrincipal SignedInUser user, @PathVariable Long dossierId) {
        return documents.list(user, dossierId).stream().map(DocumentJson::of).toList();
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> get(@AuthenticationPrincipal SignedInUser user, @PathVariable Long dossierId,
            @PathVariable Long documentId) {
        DocumentService.Pdf pdf = documents.open(user, dossierId, documentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.bytes());
    }
}
