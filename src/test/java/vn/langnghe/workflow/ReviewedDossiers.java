package vn.langnghe.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.RoundRequest;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.review.CriterionFinding;

/** Drives dossiers through the real services to the council and through it: the steps before what a test checks. */
public final class ReviewedDossiers {

    private final DossierService dossiers;
    private final Inbox inbox;
    private final CouncilService council;
    private final TaskService tasks;
    private final UserAccountService users;
    private final Map<String, SignedInUser> signedIn = new ConcurrentHashMap<>();

    public ReviewedDossiers(DossierService dossiers, Inbox inbox, CouncilService council, TaskService tasks,
            UserAccountService users) {
        this.dossiers = dossiers;
        this.inbox = inbox;
        this.council = council;
        this.tasks = tasks;
        this.users = users;
    }

    /** The same, with the services taken from the application. */
    public ReviewedDossiers(ApplicationContext context) {
        this(context.getBean(DossierService.class), context.getBean(Inbox.class), context.getBean(CouncilService.class),
                context.getBean(TaskService.class), context.getBean(UserAccountService.class));
    }

    /** The signed-in user, loaded once as a session would hold it. */
    public SignedInUser user(String username) {
        return signedIn.computeIfAbsent(username, users::loadUserByUsername);
    }

    /** Submitted by Xã Đại Đồng (xa.daidong), accepted and appraised with a recommendation: waiting for a council. */
    public Dossier awaitingCouncil(String village) {
        return awaitingCouncil(user("xa.daidong"), village);
    }

    /** A draft of the commune with every document its title requires, ready to submit. */
    public Dossier draft(SignedInUser commune, String village) {
        return SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage(village));
    }

    /** Submitted by the commune's officer: waiting for intake. */
    public Dossier submitted(SignedInUser commune, String village) {
        return dossiers.submit(commune, draft(commune, village).getId());
    }

    /** Submitted and accepted at intake: waiting for appraisal. */
    public Dossier accepted(SignedInUser commune, String village) {
        return accept(submitted(commune, village));
    }

    /** Submitted, accepted and appraised with a recommendation: waiting for a council. */
    public Dossier awaitingCouncil(SignedInUser commune, String village) {
        return recommend(accepted(commune, village));
    }

    /** A prepared draft submitted by its commune, accepted and appraised with a recommendation. */
    public Dossier recommended(SignedInUser commune, Long draftId) {
        return recommend(accept(dossiers.submit(commune, draftId)));
    }

    private Dossier accept(Dossier dossier) {
        inbox.complete(user("tiepnhan"), task(dossier.getId(), "Task_Intake"),
                new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));
        return dossier;
    }

    private Dossier recommend(Dossier dossier) {
        inbox.complete(user("thamdinh"), task(dossier.getId(), "Task_Appraisal"),
                new AppraisalDecision(AppraisalDecision.Outcome.RECOMMEND, List.of(new CriterionFinding("V3", true,
                        "Có kế hoạch bảo vệ môi trường")), "Đủ tiêu chí, đề nghị công nhận", null));
        return dossier;
    }

    /** A round of {@code members} (the first chairs it) with these dossiers on its agenda, opened. */
    public CouncilRound openRound(String name, List<String> members, Integer quorum, List<Long> dossierIds) {
        SignedInUser organiser = user("thamdinh");
        CouncilRound round = council.create(organiser, new RoundRequest(name, members, members.get(0), quorum, null));
        council.setAgenda(organiser, round.getId(), dossierIds);
        return council.open(organiser, round.getId());
    }

    /** The member casts a ballot on the dossier through the inbox. */
    public void vote(String member, Long dossierId, VoteOutcome outcome) {
        inbox.complete(user(member), ballot(member, dossierId), new VoteDecision(outcome,
                outcome == VoteOutcome.RECUSE ? "Tôi là người thân của chủ hộ trong làng" : "Ý kiến của thành viên",
                null));
    }

    /** The open ballot of a member on a dossier. */
    public String ballot(String member, Long dossierId) {
        return inbox.list(user(member), new Inbox.Filter(Step.COUNCIL_VOTE, null, null, false), 0, 1000).stream()
                .filter(t -> t.dossierId().equals(dossierId)).findFirst().orElseThrow().id();
    }

    /** The open task of the dossier's recognition process at {@code taskKey}. */
    public String task(Long dossierId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossierId)).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }
}
