package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.council.CouncilResult;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.CouncilStatus;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatus;

/**
 * The second half of bpmn/recognition.bpmn with bpmn/council-round.bpmn: every council outcome and both
 * decisions, through the real services, engine and database.
 */
@IntegrationTest
@RecordApplicationEvents
class CouncilProcessTest {

    private static final List<String> THREE = List.of("hoidong1", "hoidong2", "hoidong3");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    DossierService dossiers;
    @Autowired
    CouncilService council;
    @Autowired
    DocumentService documents;
    @Autowired
    Inbox inbox;
    @Autowired
    ApplicationEvents events;
    @Autowired
    RegistryService registry;

    private ReviewedDossiers reviewed;
    private SignedInUser commune;
    private SignedInUser leader;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        reviewed = new ReviewedDossiers(context);
        commune = reviewed.user("xa.daidong");
        leader = reviewed.user("chutich");
    }

    @Test
    void recommendedAndApprovedIssuesTheDecisionAndTheCertificate() throws IOException {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Lục");
        CouncilRound round = reviewed.openRound("Hội đồng xét duyệt năm 2026", THREE, null, List.of(dossier.getId()));
        assertThat(state(dossier)).isEqualTo(DossierState.IN_COUNCIL);

        reviewed.vote("hoidong1", dossier.getId(), VoteOutcome.AGREE);
        reviewed.vote("hoidong2", dossier.getId(), VoteOutcome.AGREE);
        assertThat(council.get(reviewed.user("hoidong1"), round.getId()).getStatus()).isEqualTo(CouncilStatus.OPEN);
        reviewed.vote("hoidong3", dossier.getId(), VoteOutcome.DISAGREE);

        assertThat(council.get(leader, round.getId()).getStatus()).as("the last ballot closes the round")
                .isEqualTo(CouncilStatus.CLOSED);
        assertThat(council.get(leader, round.getId()).getClosedByChair()).isFalse();
        assertThat(council.agenda(leader, round.getId()).get(0).getResult()).isEqualTo(CouncilResult.RECOMMENDED);
        assertThat(process(dossier)).isWaitingAt("Task_Decision");
        assertThat(state(dossier)).isEqualTo(DossierState.AWAITING_DECISION);

        ProcessInstance process = process(dossier);
        inbox.complete(leader, reviewed.task(dossier.getId(), "Task_Decision"),
                new LeaderDecision(LeaderDecision.Outcome.APPROVE, null));

        assertThat(process).isEnded().hasPassed("EndEvent_Recognised");
        Dossier decided = dossiers.get(commune, dossier.getId());
        assertThat(decided.getState()).isEqualTo(DossierState.RECOGNISED);
        assertThat(decided.getDecidedWithinLimit()).as("decided the day it was accepted").isTrue();
        DossierRecognised recognised = events.stream(DossierRecognised.class)
                .filter(e -> e.dossierId().equals(dossier.getId())).findFirst().orElseThrow();
        assertThat(recognised.decisionNumber()).matches("\\d+/QĐ-UBND");
        assertThat(recognised.villageName()).isEqualTo("Xóm Lục");
        assertThat(registry.page(reviewed.user("thongke"), new RegistryFilter("Xom Luc", null, null, null, null, null),
                RegistryFixtures.firstRows(50))).as("the registry records the title in the decision's transaction")
                .anySatisfy(row -> {
                    assertThat(row.decisionNumber()).isEqualTo(recognised.decisionNumber());
                    assertThat(row.status()).isEqualTo(RegistryStatus.RECOGNISED);
                    assertThat(row.recognisedOn()).isEqualTo(decided.getDecidedOn());
                });

        List<IssuedDocument> issued = documents.list(commune, dossier.getId());
        assertThat(issued).extracting(IssuedDocument::getKind)
                .containsExactly(DocumentKind.MINUTES, DocumentKind.DECISION, DocumentKind.CERTIFICATE);
        String decision = text(issued.get(1));
        assertThat(decision).contains("Số: " + recognised.decisionNumber(), "Xóm Lục", "làng nghề",
                "xã Đại Đồng", "tỉnh Phú Thọ", "50.000.000 đồng", "Năm mươi triệu đồng")
                .as("a decision issued after 1 July 2025 names the commune in force").doesNotContain("Yên Nghiệp");
        String certificate = text(issued.get(2));
        assertThat(certificate).contains("BẰNG CÔNG NHẬN", "LÀNG NGHỀ", "Xóm Lục",
                "Quyết định số " + recognised.decisionNumber(), "CHỦ TỊCH");
        String minutes = text(issued.get(0));
        assertThat(minutes).contains("BIÊN BẢN", "Hội đồng xét duyệt năm 2026", "Xóm Lục", "Đề nghị công nhận");
        assertThat(minutes).as("ballots are named only when the setting says so").doesNotContain("Ý kiến của thành viên");
    }

    @Test
    void recommendedAndRejectedNeedsAReasonTheCommuneSees() {
        Dossier dossier = reviewed.awaitingCouncil("Bản Nhót");
        reviewed.openRound("Phiên xét duyệt bổ sung", THREE, null, List.of(dossier.getId()));
        THREE.forEach(member -> reviewed.vote(member, dossier.getId(), VoteOutcome.AGREE));
        String task = reviewed.task(dossier.getId(), "Task_Decision");

        assertThatThrownBy(() -> inbox.complete(leader, task, new LeaderDecision(LeaderDecision.Outcome.REJECT, " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(process(dossier)).isWaitingAt("Task_Decision");

        ProcessInstance process = process(dossier);
        inbox.complete(leader, task, new LeaderDecision(LeaderDecision.Outcome.REJECT,
                "Nghề mới hình thành, chưa đủ 20 năm"));

        assertThat(process).isEnded().hasPassed("EndEvent_Rejected");
        Dossier decided = dossiers.get(commune, dossier.getId());
        assertThat(decided.getState()).isEqualTo(DossierState.REJECTED);
        assertThat(decided.getDecisionReason()).isEqualTo("Nghề mới hình thành, chưa đủ 20 năm");
        assertThat(documents.list(commune, dossier.getId())).extracting(IssuedDocument::getKind)
                .containsExactly(DocumentKind.MINUTES);
    }

    @Test
    void notRecommendedEndsTheProcedure() {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Bui");
        CouncilRound round = reviewed.openRound("Phiên không đề nghị", THREE, null, List.of(dossier.getId()));
        ProcessInstance process = process(dossier);
        reviewed.vote("hoidong1", dossier.getId(), VoteOutcome.AGREE);
        reviewed.vote("hoidong2", dossier.getId(), VoteOutcome.DISAGREE);
        reviewed.vote("hoidong3", dossier.getId(), VoteOutcome.DISAGREE);

        assertThat(council.agenda(leader, round.getId()).get(0).getResult()).isEqualTo(CouncilResult.NOT_RECOMMENDED);
        assertThat(process).isEnded().hasPassed("EndEvent_NotRecommended");
        assertThat(state(dossier)).isEqualTo(DossierState.NOT_RECOMMENDED);
        assertThat(taskService.createTaskQuery().taskCandidateGroup("LEADER")
                .processInstanceBusinessKey(String.valueOf(dossier.getId())).count()).isZero();
    }

    @Test
    void aRecusedMemberDoesNotCountAsPresent() {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Chiềng Châu");
        CouncilRound round = reviewed.openRound("Phiên có thành viên không tham gia", THREE, null,
                List.of(dossier.getId()));
        reviewed.vote("hoidong1", dossier.getId(), VoteOutcome.AGREE);
        reviewed.vote("hoidong2", dossier.getId(), VoteOutcome.RECUSE);
        reviewed.vote("hoidong3", dossier.getId(), VoteOutcome.AGREE);

        var item = council.agenda(leader, round.getId()).get(0);
        assertThat(item.getResult()).isEqualTo(CouncilResult.RECOMMENDED);
        assertThat(List.of(item.getAgree(), item.getDisagree(), item.getRecused())).containsExactly(2, 0, 1);
        assertThat(process(dossier)).isWaitingAt("Task_Decision");
    }

    @Test
    void theChairClosesWithAQuorumAndADossierWithoutOneGoesToALaterRound() {
        Dossier voted = reviewed.awaitingCouncil("Làng Đình");
        Dossier short1 = reviewed.awaitingCouncil("Thôn Sỏi");
        CouncilRound round = reviewed.openRound("Phiên kết thúc sớm", THREE, 2, List.of(voted.getId(), short1.getId()));
        SignedInUser chair = reviewed.user("hoidong1");

        reviewed.vote("hoidong1", voted.getId(), VoteOutcome.AGREE);
        assertThatThrownBy(() -> council.requestClose(chair, round.getId()))
                .as("one participant is below the quorum of two").isInstanceOf(ConflictException.class);
        reviewed.vote("hoidong2", voted.getId(), VoteOutcome.AGREE);
        assertThatThrownBy(() -> council.requestClose(reviewed.user("hoidong2"), round.getId()))
                .as("only the chair closes").isInstanceOf(AccessDeniedException.class);

        council.requestClose(chair, round.getId());

        CouncilRound closed = council.get(chair, round.getId());
        assertThat(closed.getStatus()).isEqualTo(CouncilStatus.CLOSED);
        assertThat(closed.getClosedByChair()).isTrue();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("round-" + round.getId()).count())
                .as("the remaining ballots are withdrawn").isZero();
        assertThat(process(voted)).isWaitingAt("Task_Decision");
        assertThat(process(short1)).isWaitingAt("Task_AwaitCouncil");
        assertThat(state(short1)).isEqualTo(DossierState.AWAITING_COUNCIL);
        assertThat(council.candidates()).extracting(Dossier::getId).contains(short1.getId());

        reviewed.openRound("Phiên sau", THREE, null, List.of(short1.getId()));
        THREE.forEach(member -> reviewed.vote(member, short1.getId(), VoteOutcome.AGREE));
        assertThat(process(short1)).isWaitingAt("Task_Decision");
    }

    @Test
    void votesAreSecretUntilTheRoundClosesAndBallotsArePersonal() {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Đoàn Kết");
        CouncilRound round = reviewed.openRound("Phiên bỏ phiếu kín", THREE, null, List.of(dossier.getId()));
        reviewed.vote("hoidong1", dossier.getId(), VoteOutcome.DISAGREE);
        String ballot2 = reviewed.ballot("hoidong2", dossier.getId());

        assertThat(council.ballots(reviewed.user("hoidong1"), round.getId())).isEmpty();
        assertThat(council.ballots(leader, round.getId())).isEmpty();
        assertThat(council.agenda(leader, round.getId()).get(0).getResult()).isNull();
        assertThatThrownBy(() -> inbox.get(reviewed.user("hoidong1"), ballot2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.release(reviewed.user("hoidong2"), ballot2)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviewed.vote("hoidong1", dossier.getId(), VoteOutcome.AGREE))
                .as("one ballot per member and dossier").isInstanceOf(RuntimeException.class);

        reviewed.vote("hoidong2", dossier.getId(), VoteOutcome.AGREE);
        reviewed.vote("hoidong3", dossier.getId(), VoteOutcome.AGREE);
        assertThat(council.ballots(leader, round.getId())).hasSize(3);
    }

    @Test
    void aBallotNeedsAnOpinionAndNothingIsStoredWithoutOne() {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Chiềng Hạ");
        CouncilRound round = reviewed.openRound("Phiên kiểm tra phiếu", THREE, null, List.of(dossier.getId()));
        String ballot = reviewed.ballot("hoidong1", dossier.getId());

        assertThatThrownBy(() -> inbox.complete(reviewed.user("hoidong1"), ballot,
                new VoteDecision(VoteOutcome.RECUSE, "  ", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("council.error.recusalReason"));
        assertThat(council.participants(leader, round.getId())).isZero();
        assertThat(taskService.createTaskQuery().taskId(ballot).count()).isOne();
    }

    @Test
    void aBallotCreatedBeforeItCarriedItsRoundIsStillCounted() {
        Dossier dossier = reviewed.awaitingCouncil("Xóm Lục Cũ");
        CouncilRound round = reviewed.openRound("Phiên trước khi nâng cấp", THREE, null, List.of(dossier.getId()));
        String ballot = reviewed.ballot("hoidong1", dossier.getId());
        assertThat(taskService.getVariableLocal(ballot, CouncilRoundProcess.ROUND_ID)).isEqualTo(round.getId());
        taskService.removeVariableLocal(ballot, CouncilRoundProcess.ROUND_ID);

        inbox.complete(reviewed.user("hoidong1"), ballot, new VoteDecision(VoteOutcome.AGREE, "Đồng ý", null));

        assertThat(council.participants(leader, round.getId())).isOne();
    }

    private DossierState state(Dossier dossier) {
        return dossiers.get(commune, dossier.getId()).getState();
    }

    /** The dossier's recognition process; keep it to assert on it after it has ended. */
    private ProcessInstance process(Dossier dossier) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult();
    }

    private String text(IssuedDocument document) throws IOException {
        byte[] pdf = documents.open(commune, document.getDossierIds().iterator().next(), document.getId()).bytes();
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(loaded).replaceAll("\\s+", " ");
        }
    }
}
