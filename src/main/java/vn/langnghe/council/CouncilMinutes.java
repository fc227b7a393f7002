package vn.langnghe.council;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.Signatory;
import vn.langnghe.documents.Subject;
import vn.langnghe.documents.OfficialText;
import vn.langnghe.documents.pdf.MinutesContent;
import vn.langnghe.documents.pdf.MinutesPdf;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.territory.Places;

/** Writes the minutes (biên bản) of a closed round and files them with every dossier of its agenda. */
@Component
class CouncilMinutes {

    private final DocumentService documents;
    private final DossierProgress dossiers;
    private final Places places;
    private final OfficialText text;
    private final CouncilSettings settings;

    CouncilMinutes(DocumentService documents, DossierProgress dossiers, Places places, OfficialText text,
            CouncilSettings settings) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.places = places;
        this.text = text;
        this.settings = settings;
    }

    void issue(CouncilRound round, List<CouncilService.Outcome> outcomes, List<Vote> ballots) {
        List<Long> ids = outcomes.stream().map(CouncilService.Outcome::dossierId).toList();
        Map<Long, Dossier> byId = dossiers.findAll(ids).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
        Map<Long, List<Vote>> ballotsByDossier = ballots.stream().collect(Collectors.groupingBy(Vote::getDossierId));
        List<MinutesContent.Member> members = round.getMembers().stream()
                .map(m -> new MinutesContent.Member(m.fullName(), m.username().equals(round.getChair()),
                        ballots.stream().anyMatch(v -> v.getMember().equals(m.username()))))
                .toList();
        List<MinutesContent.Item> items = outcomes.stream().map(outcome -> {
            Dossier dossier = byId.get(outcome.dossierId());
            List<MinutesContent.Ballot> named = ballotsByDossier.getOrDefault(outcome.dossierId(), List.of()).stream()
                    .map(v -> new MinutesContent.Ballot(round.fullNameOf(v.getMember()),
                            text.get("council.vote." + v.getOutcome().name()), v.getOpinion()))
                    .toList();
            return new MinutesContent.Item(dossier.getVillageName(), places.of(dossier.getCommuneId()).commune(),
                    text.title(dossier.getTitle()),
                    outcome.tally().agree(), outcome.tally().disagree(), outcome.tally().recused(),
                    outcome.tally().notVoted(), text.get("council.result." + outcome.result().name()), named);
        }).toList();
        MinutesContent content = new MinutesContent(text.province(), round.getName(), day(round.getOpenedAt()),
                day(round.getClosedAt()), round.fullNameOf(round.getChair()), members, round.getQuorum(),
                round.getThresholdPercent(), Boolean.TRUE.equals(round.getClosedByChair()), items,
                settings.namesInMinutes());
        String judged = items.stream().map(i -> i.villageName() + " (" + i.commune() + ")")
                .collect(Collectors.joining(", "));
        String subject = "Hội đồng " + round.getName() + ": " + judged;
        documents.issue(DocumentKind.MINUTES, null, round.getChair(),
                new Signatory(round.fullNameOf(round.getChair()), "CHỦ TỊCH HỘI ĐỒNG"),
                new Subject(null, subject.length() > 500 ? subject.substring(0, 499) + "…" : subject, null),
                new DocumentService.Pdf("bien-ban-hoi-dong-" + round.getId() + ".pdf", MinutesPdf.render(content)), ids);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(VietnamTime.ZONE).toLocalDate();
    }
}
