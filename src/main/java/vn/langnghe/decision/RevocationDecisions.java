package vn.langnghe.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.documents.OfficialText;
import vn.langnghe.documents.Signatory;
import vn.langnghe.documents.Subject;
import vn.langnghe.documents.pdf.RevocationContent;
import vn.langnghe.documents.pdf.RevocationPdf;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.territory.Place;
import vn.langnghe.territory.Places;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.RegistryService;

/**
 * The leader's decision withdrawing a title (docs/domain.md §3 step 7): the next number of the same yearly series
 * as recognitions, the decision as a PDF, and the registry entry marked revoked, in one transaction. Called by
 * the workflow, which has checked that the decision task is the leader's.
 */
@Service
@Transactional
public class RevocationDecisions {

    private final DecisionNumbers numbers;
    private final DocumentService documents;
    private final RegistryService registry;
    private final RegistryReviews reviews;
    private final Places places;
    private final OfficialText text;
    private final Clock clock;

    RevocationDecisions(DecisionNumbers numbers, DocumentService documents,
            RegistryService registry, RegistryReviews reviews, Places places, OfficialText text, Clock clock) {
        this.numbers = numbers;
        this.documents = documents;
        this.registry = registry;
        this.reviews = reviews;
        this.places = places;
        this.text = text;
        this.clock = clock;
    }

    /**
     * Revokes the entry's title with the reason. The decision is filed with the entry's recognition dossier when
     * it has one, otherwise with none (the village page offers it).
     */
    public IssuedDocument revoke(SignedInUser leader, Long entryId, String reason) {
        String why = reviews.checkedNote("reason", reason);
        RegistryEntry entry = registry.entry(leader, entryId);
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(today.getYear());
        // The village's commune as recorded (before the 2025 reform for Xóm Lục), named as it is now and was then.
        Place place = places.of(entry.getCommuneId(), entry.getCurrentCommuneId());
        RevocationContent content = new RevocationContent(number, today, text.province(), leader.fullName(),
                entry.getTitle() == null ? "làng nghề" : text.title(entry.getTitle()), entry.getName(),
                place.commune(), place.formerly(), entry.getDecisionNumber(), why);
        reviews.revoked(leader.username(), entryId, number, why, today);
        String fileNumber = number.substring(0, number.indexOf('/'));
        return documents.issue(DocumentKind.REVOCATION, number, leader.username(), Signatory.leader(leader),
                new Subject(entry.getTitle(), entry.getName(), place.commune()), new DocumentService.Pdf(
                "quyet-dinh-thu-hoi-" + fileNumber + "-" + today.getYear() + ".pdf", RevocationPdf.render(content)),
                entry.getDossierId() == null ? List.of() : List.of(entry.getDossierId()));
    }
}
