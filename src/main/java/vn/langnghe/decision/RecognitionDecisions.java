package vn.langnghe.decision;

import vn.langnghe.common.VietnamTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.council.CouncilService;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.documents.OfficialText;
import vn.langnghe.documents.Signatory;
import vn.langnghe.documents.Subject;
import vn.langnghe.documents.pdf.CertificateContent;
import vn.langnghe.documents.pdf.CertificatePdf;
import vn.langnghe.documents.pdf.DecisionContent;
import vn.langnghe.documents.pdf.DecisionPdf;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.territory.Place;
import vn.langnghe.territory.Places;

/**
 * The leader's answer on a dossier the council recommended. Approval takes the next decision number of the
 * year, issues the decision and the certificate, and grants the title (the registry records it through the
 * recognition event) in one transaction; rejection records the reason. Called by the workflow, which has
 * checked that the decision task is the leader's.
 */
@Service
@Transactional
@EnableConfigurationProperties(DecisionSettings.class)
public class RecognitionDecisions {

    private final DossierProgress progress;
    private final DecisionNumbers numbers;
    private final DocumentService documents;
    private final CouncilService council;
    private final Places places;
    private final OfficialText text;
    private final DecisionSettings settings;
    private final Clock clock;

    RecognitionDecisions(DossierProgress progress, DecisionNumbers numbers, DocumentService documents, CouncilService council,
            Places places, OfficialText text, DecisionSettings settings, Clock clock) {
        this.progress = progress;
        this.numbers = numbers;
        this.documents = documents;
        this.council = council;
        this.places = places;
        this.text = text;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an approval issued. */
    public record Approval(String number, IssuedDocument decision, IssuedDocument certificate) {
    }

    public Approval approve(SignedInUser leader, Long dossierId) {
        Dossier dossier = progress.find(dossierId);
        LocalDate today = LocalDate.now(clock);
        Place place = places.of(dossier.getCommuneId());
        String title = text.title(dossier.getTitle());
        CouncilService.Concluded concluded = council.latestConclusion(dossierId).orElseThrow();
        // Taken last: the number's row stays locked until the approval commits.
        String number = numbers.next(today.getYear());
        progress.recognise(leader.username(), dossierId, number);
        DecisionContent decision = new DecisionContent(number, today, text.province(), leader.fullName(), title,
                dossier.getVillageName(), List.copyOf(dossier.getHamlets()), dossier.getCraft(),
                dossier.getActivityGroup(), text.get("activityGroup." + dossier.getActivityGroup()), place.commune(),
                place.formerly(), settings.supportFor(dossier.getTitle()), concluded.round().getName(),
                concluded.round().getClosedAt().atZone(VietnamTime.ZONE).toLocalDate());
        CertificateContent certificate = new CertificateContent(text.province(), leader.fullName(), title,
                dossier.getVillageName(), dossier.getCraft(), place.commune(), number, today);
        String fileNumber = number.substring(0, number.indexOf('/'));
        List<Long> concerned = List.of(dossierId);
        Signatory signatory = Signatory.leader(leader);
        Subject subject = new Subject(dossier.getTitle(), dossier.getVillageName(), place.commune());
        return new Approval(number,
                documents.issue(DocumentKind.DECISION, number, leader.username(), signatory, subject,
                        new DocumentService.Pdf(
                        "quyet-dinh-" + fileNumber + "-" + today.getYear() + ".pdf", DecisionPdf.render(decision)),
                        concerned),
                documents.issue(DocumentKind.CERTIFICATE, number, leader.username(), signatory, subject,
                        new DocumentService.Pdf(
                        "bang-cong-nhan-" + fileNumber + "-" + today.getYear() + ".pdf",
                        CertificatePdf.render(certificate)), concerned));
    }

    public void reject(SignedInUser leader, Long dossierId, String reason) {
        progress.reject(leader.username(), dossierId, reason);
    }
}
