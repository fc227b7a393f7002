package vn.langnghe.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.DocumentVerification;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * Verification without login: a document by its code, and whether a PDF file is one the province issued,
 * unchanged. Administrators re-sign documents issued before digital signing.
 */
@RestController
class DocumentVerificationController {

    private final DocumentVerification verification;
    private final DocumentService documents;

    DocumentVerificationController(DocumentVerification verification, DocumentService documents) {
        this.verification = verification;
        this.documents = documents;
    }

    @GetMapping(value = "/api/v1/public/documents/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentVerification.PublicRecord find(@PathVariable String code) {
        return verification.find(code);
    }

    /** The file as a multipart part named {@code file}. */
    @PostMapping(value = "/api/v1/public/documents/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentVerification.FileCheck check(@RequestParam("file") MultipartFile file) {
        try {
            return verification.check(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Secured("ROLE_" + Role.Names.ADMINISTRATOR)
    @PostMapping(value = "/api/v1/documents/{code}/re-sign", produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentVerification.PublicRecord resign(@AuthenticationPrincipal SignedInUser administrator,
            @PathVariable String code) {
        documents.resign(administrator, code);
        return verification.find(code);
    }
}
