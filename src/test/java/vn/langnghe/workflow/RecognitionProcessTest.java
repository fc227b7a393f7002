package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.review.AppraisalService;
import vn.langnghe.review.CriterionFinding;
import vn.langnghe.review.Recommendation;

/** Every path of bpmn/recognition.bpmn up to the council, through the real services, engine and database. */
@IntegrationTest
class RecognitionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    DossierService dossiers;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser commune;
    private SignedInUser intake;
    private SignedInUser reviewer;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        commune = users.loadUserByUsername("xa.daidong");
        intake = users.loadUserByUsername("tiepnhan");
        reviewer = users.loadUserByUsername("thamdinh");
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptedFirstTimeThenAppraisedAndHandedToTheCouncil() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        assertThat(process).isWaitingAt("Task_Intake");

        inbox.complete(intake, taskOf(process), new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));

        assertThat(process).isWaitingAt("Task_Appraisal");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);
        LocalDate due = dossiers.clock(commune, dossier.getId()).dueDate();
        assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).singleResult().getDueDate())
                .as("the appraisal is due on the statutory limit").isEqualTo(VietnamTime.endOf(due));

        inbox.complete(reviewer, taskOf(process), recommendation(AppraisalDecision.Outcome.RECOMMEND));

        assertThat(process).isWaitingAt("Task_AwaitCouncil");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.AWAITING_COUNCIL);
        assertThat(dossiers.clock(commune, dossier.getId()).running())
                .as("the limit runs on through the council to the decision").isTrue();
        assertThat(appraisals.latest(dossier.getId()).orElseThrow().getRecommendation())
                .isEqualTo(Recommendation.RECOMMEND);
        assertThat(appraisals.latest(dossier.getId()).orElseThrow().getFindings())
                .extracting(CriterionFinding::code).contains("V3");
    }

    @Test
    void returnedOnceAndResubmittedGoesBackToIntake() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);

        inbox.complete(intake, taskOf(process),
                new IntakeDecision(IntakeDecision.Outcome.RETURN, "Thiếu chữ ký trên danh sách hộ", 15));

        assertThat(process).isWaitingAt("Gateway_AwaitSupplement");
        Dossier returned = dossiers.get(commune, dossier.getId());
        assertThat(returned.getState()).isEqualTo(DossierState.RETURNED);
        assertThat(returned.getReturnReason()).isEqualTo("Thiếu chữ ký trên danh sách hộ");

        dossiers.submit(commune, dossier.getId());

        assertThat(process).isWaitingAt("Task_Intake");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossiers.history(commune, dossier.getId())).extracting("type").contains("RETURNED", "RESUBMITTED");
    }

    @Test
    void returnedAndWithdrawnWhenTheDeadlinePasses() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        inbox.complete(intake, taskOf(process),
                new IntakeDecision(IntakeDecision.Outcome.RETURN, "Thiếu văn bản môi trường", 2));
        LocalDate deadline = dossiers.get(commune, dossier.getId()).getSupplementDeadline();
        assertThat(management.createJobQuery().processInstanceId(process.getId()).executable().count())
                .as("nothing happens before the deadline").isZero();

        ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        Job timer = management.createJobQuery().processInstanceId(process.getId()).executable().singleResult();
        management.executeJob(timer.getId());

        assertThat(process).isEnded().hasPassed("Task_Withdraw");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.WITHDRAWN);
    }

    @Test
    void supplementRequestedAtAppraisalPausesTheClockAndResumesAtAppraisal() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        inbox.complete(intake, taskOf(process), new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));

        inbox.complete(reviewer, taskOf(process), new AppraisalDecision(
                AppraisalDecision.Outcome.REQUEST_SUPPLEMENT, List.of(), "Cần bổ sung kế hoạch bảo vệ môi trường", 10));

        assertThat(process).isWaitingAt("Gateway_AwaitSupplement");
        Dossier returned = dossiers.get(commune, dossier.getId());
        assertThat(returned.getState()).isEqualTo(DossierState.RETURNED);
        assertThat(returned.getPausedSince()).as("the clock is paused").isNotNull();
        assertThat(dossiers.clock(commune, dossier.getId()).running()).isFalse();

        dossiers.submit(commune, dossier.getId());

        assertThat(process).isWaitingAt("Task_Appraisal");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);
        assertThat(dossiers.clock(commune, dossier.getId()).running()).isTrue();
    }

    @Test
    void theDistrictStepPrecedesIntakeOnlyWhenSwitchedOn() {
        Dossier dossier = dossiers.create(commune, SampleDossiers.craftVillage("Xóm Cóm"));
        ProcessInstance withDistrict = runtime.startProcessInstanceByKey("recognition", String.valueOf(dossier.getId()),
                Map.of("dossierId", dossier.getId(), "communeId", dossier.getCommuneId(), "title",
                        dossier.getTitle().name(), "districtStep", true));

        assertThat(withDistrict).isWaitingAt("Task_DistrictAppraisal");
        assertThat(taskService.createTaskQuery().processInstanceId(withDistrict.getId()).singleResult())
                .hasCandidateGroup("DISTRICT_REVIEWER");
        taskService.complete(taskService.createTaskQuery().processInstanceId(withDistrict.getId()).singleResult().getId());
        assertThat(withDistrict).isWaitingAt("Task_Intake");

        ProcessInstance without = processOf(submitted());
        assertThat(without).isWaitingAt("Task_Intake").hasNotPassed("Task_DistrictAppraisal");
    }

    @Test
    void escalatesAnAppraisalNearingItsLimitWithoutInterruptingIt() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        inbox.complete(intake, taskOf(process), new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));
        Job escalation = management.createJobQuery().processInstanceId(process.getId())
                .activityId("Timer_AppraisalEscalation").singleResult();
        LocalDate due = dossiers.clock(commune, dossier.getId()).dueDate();
        assertThat(escalation.getDuedate()).isBefore(VietnamTime.endOf(due));
        assertThat(management.createJobQuery().processInstanceId(process.getId()).executable().count()).isZero();

        ClockUtil.setCurrentTime(escalation.getDuedate());
        management.executeJob(management.createJobQuery().processInstanceId(process.getId()).executable()
                .singleResult().getId());

        assertThat(process).hasPassed("Task_EscalateAppraisal").isWaitingAt("Task_Appraisal");
    }

    @Test
    void aDomainFailureAfterTheEngineCallKeepsNeither() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        String task = taskOf(process);
        jdbc.execute("CREATE TRIGGER refuse_dossier_update BEFORE UPDATE ON dossier FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test'");
        try {
            assertThatThrownBy(() -> inbox.complete(intake, task,
                    new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null))).isNotNull();
        } finally {
            jdbc.execute("DROP TRIGGER refuse_dossier_update");
        }

        assertThat(process).isWaitingAt("Task_Intake");
        assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task was not completed").isOne();
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossiers.history(commune, dossier.getId())).extracting("type").doesNotContain("ACCEPTED");
    }

    @Test
    void recommendingNeedsAFindingForEveryJudgementCriterion() {
        Dossier dossier = submitted();
        ProcessInstance process = processOf(dossier);
        inbox.complete(intake, taskOf(process), new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));

        assertThatThrownBy(() -> inbox.complete(reviewer, taskOf(process),
                new AppraisalDecision(AppraisalDecision.Outcome.RECOMMEND, List.of(), "Đủ điều kiện", null)))
                .hasMessageContaining("review.error.findingMissing");
        assertThat(process).isWaitingAt("Task_Appraisal");
    }

    private static AppraisalDecision recommendation(AppraisalDecision.Outcome outcome) {
        return new AppraisalDecision(outcome, List.of(new CriterionFinding("V3", true,
                "Có kế hoạch bảo vệ môi trường và tổ tự quản")), "Đề nghị công nhận làng nghề", null);
    }

    private Dossier submitted() {
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Bản Lác"));
        return dossiers.submit(commune, dossier.getId());
    }

    private ProcessInstance processOf(Dossier dossier) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult();
    }

    private String taskOf(ProcessInstance process) {
        return taskService.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
    }
}
