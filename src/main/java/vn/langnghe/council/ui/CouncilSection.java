package vn.langnghe.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.CouncilSettings;
import vn.langnghe.council.Vote;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.ui.CaseFileSection;
import vn.langnghe.dossier.ui.DossierLabels;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * The case file's council result: the last closed round on the dossier, its counts and result. Provincial
 * readers also see the members' opinions (named only when the minutes name them); the commune sees the result.
 */
@org.springframework.stereotype.Component
@Order(20)
class CouncilSection implements CaseFileSection {

    private final CouncilService council;
    private final CouncilSettings settings;

    CouncilSection(CouncilService council, CouncilSettings settings) {
        this.council = council;
        this.settings = settings;
    }

    @Override
    public Optional<Component> render(SignedInUser user, Dossier dossier) {
        boolean opinions = user.role() != Role.COMMUNE_OFFICER;
        return council.latestConclusion(dossier.getId()).map(c -> new View(c, opinions));
    }

    private final class View extends Div {

        View(CouncilService.Concluded concluded, boolean opinions) {
            add(new H3(getTranslation("caseFile.council.heading")));
            add(new Paragraph(getTranslation("caseFile.council.summary", concluded.round().getName(),
                    DossierLabels.dateTime(concluded.round().getClosedAt()),
                    getTranslation("council.result." + concluded.item().getResult().name()),
                    concluded.item().getAgree(), concluded.item().getDisagree(), concluded.item().getRecused())));
            if (opinions) {
                UnorderedList list = new UnorderedList();
                List<Vote> ballots = concluded.ballots();
                for (int i = 0; i < ballots.size(); i++) {
                    Vote vote = ballots.get(i);
                    String who = settings.namesInMinutes() ? concluded.round().fullNameOf(vote.getMember())
                            : getTranslation("caseFile.council.member", i + 1);
                    String remarks = vote.getRemarks().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(r -> r.getKey() + ": " + r.getValue()).collect(Collectors.joining("; "));
                    list.add(new ListItem(who + " – " + getTranslation("council.vote." + vote.getOutcome().name())
                            + (vote.getOpinion().isBlank() ? "" : ": " + vote.getOpinion())
                            + (remarks.isEmpty() ? "" : " (" + remarks + ")")));
                }
                add(list);
            }
        }
    }
}
