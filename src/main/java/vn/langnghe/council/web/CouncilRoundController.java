package vn.langnghe.council.web;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.council.AgendaItem;
import vn.langnghe.council.CouncilMember;
import vn.langnghe.council.CouncilResult;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.CouncilStatus;
import vn.langnghe.council.RoundRequest;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * Council rounds over HTTP: department staff set them up and open them, the chair closes them, and results
 * are readable once closed (the votes stay secret until then).
 */
@RestController
@RequestMapping(path = "/api/v1/council-rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Secured({"ROLE_" + Role.Names.INTAKE_OFFICER, "ROLE_" + Role.Names.REVIEWER, "ROLE_" + Role.Names.COUNCIL_MEMBER,
        "ROLE_" + Role.Names.LEADER})
class CouncilRoundController {

    private static final int MAX_PAGE = 100;

    private final CouncilService council;

    CouncilRoundController(CouncilService council) {
        this.council = council;
    }

    record AgendaRequest(List<Long> dossierIds) {
    }

    record AgendaJson(Long dossierId, CouncilResult result, Integer agree, Integer disagree, Integer recused) {

        static AgendaJson of(AgendaItem item) {
            return new AgendaJson(item.getDossierId(), item.getResult(), item.getAgree(), item.getDisagree(),
                    item.getRecused());
        }
    }

    record RoundJson(Long id, String name, CouncilStatus status, String chair, List<CouncilMember> members,
            int quorum, int threshold, long participants, List<AgendaJson> agenda, Instant openedAt, Instant closedAt,
            Boolean closedByChair) {
    }

    @GetMapping
    List<RoundJson> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return council.list(user, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)))
                .map(round -> json(user, round)).getContent();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RoundJson create(@AuthenticationPrincipal SignedInUser user, @RequestBody RoundRequest request) {
        return json(user, council.create(user, request));
    }

    @GetMapping("/{id}")
    RoundJson get(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return json(user, council.get(user, id));
    }

    @PostMapping(path = "/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoundJson agenda(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @RequestBody AgendaRequest request) {
        return json(user, council.setAgenda(user, id, request.dossierIds()));
    }

    @PostMapping("/{id}/open")
    RoundJson open(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return json(user, council.open(user, id));
    }

    @PostMapping("/{id}/close")
    RoundJson close(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        council.requestClose(user, id);
        return json(user, council.get(user, id));
    }

    private RoundJson json(SignedInUser user, CouncilRound round) {
        List<AgendaJson> agenda = council.agenda(user, round.getId()).stream().map(AgendaJson::of).toList();
        return new RoundJson(round.getId(), round.getName(), round.getStatus(), round.getChair(), round.getMembers(),
                round.getQuorum(), round.getThresholdPercent(), council.participants(user, round.getId()), agenda,
                round.getOpenedAt(), round.getClosedAt(), round.getClosedByChair());
    }
}
