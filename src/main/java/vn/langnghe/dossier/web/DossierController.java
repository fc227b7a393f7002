package vn.langnghe.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.Attachment;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierEvent;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.SignedInUser;

/**
 * The commune's actions for a provincial one-stop system (HTTP Basic, the same users and permission
 * checks as the screens, which live in {@link DossierService}). Another commune's dossier answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DossierService dossiers;

    DossierController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DossierResponse create(@AuthenticationPrincipal SignedInUser user, @RequestBody DossierRequest request) {
        try {
            return response(user, dossiers.create(user, request.toData(0)));
        } catch (InvalidInputException e) {
            throw DossierRequest.inJsonTerms(e);
        }
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierResponse update(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @RequestBody DossierRequest request) {
        long current = dossiers.get(user, id).getVersion();
        try {
            return response(user, dossiers.update(user, id, request.toData(current)));
        } catch (InvalidInputException e) {
            throw DossierRequest.inJsonTerms(e);
        }
    }

    @GetMapping("/{id}")
    DossierResponse get(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return response(user, dossiers.get(user, id));
    }

    @GetMapping
    DossierResponse.Page list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) DossierState state, @RequestParam(required = false) Title title,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "updatedAt", "id"));
        var result = dossiers.list(user, state, title, request);
        return new DossierResponse.Page(result.map(DossierResponse.Summary::of).getContent(),
                result.getTotalElements());
    }

    /** 200 with the new state, or 422 listing everything still missing. */
    @PostMapping("/{id}/submit")
    ResponseEntity<DossierResponse> submit(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return ResponseEntity.ok(response(user, dossiers.submit(user, id)));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DossierResponse.AttachmentJson attach(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @RequestParam("kind") AttachmentKind kind, @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return DossierResponse.AttachmentJson.of(
                    dossiers.attach(user, id, kind, file.getOriginalFilename(), content));
        }
    }

    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @PathVariable Long attachmentId) {
        Attachment attachment = dossiers.attachment(user, id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(dossiers.openAttachment(user, id, attachmentId)));
    }

    record HistoryEntry(java.time.Instant at, String actor, String type, String detail) {
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return dossiers.history(user, id).stream()
                .map((DossierEvent e) -> new HistoryEntry(e.getAt(), e.getActor(), e.getType(), e.getDetail()))
                .toList();
    }

    private DossierResponse response(SignedInUser user, Dossier dossier) {
        return DossierResponse.of(dossier, dossiers.clock(user, dossier.getId()), dossiers.attachments(user, dossier.getId()),
                dossiers.check(dossier, LocaleContextHolder.getLocale()));
    }
}
