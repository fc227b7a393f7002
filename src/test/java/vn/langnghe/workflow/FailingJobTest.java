package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;

/**
 * An escalation timer whose work fails (the database refuses the leader's notification) is retried, becomes an
 * incident an administrator sees in Cockpit when its retries are used up, and runs once retried after the cause
 * is fixed. It never silently disappears.
 */
@IntegrationTest
class FailingJobTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DossierService dossiers;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void aFailingEscalationBecomesAnIncidentAndRunsWhenRetried() {
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        SignedInUser commune = reviewed.user("xa.daidong");
        Dossier dossier = dossiers.submit(commune,
                SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Xóm Bui")).getId());
        inbox.complete(reviewed.user("tiepnhan"), reviewed.task(dossier.getId(), "Task_Intake"),
                new IntakeDecision(IntakeDecision.Outcome.ACCEPT, null, null));
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult().getId();
        Job escalation = management.createJobQuery().processInstanceId(processId)
                .activityId("Timer_AppraisalEscalation").singleResult();
        ClockUtil.setCurrentTime(escalation.getDuedate());
        int notificationsBefore = notifications();

        jdbc.execute("CREATE TRIGGER refuse_notification BEFORE INSERT ON notification FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test'");
        try {
            for (int attempt = 3; attempt > 0; attempt--) {
                assertThat(job(escalation).getRetries()).isEqualTo(attempt);
                assertThat(runtime.createIncidentQuery().processInstanceId(processId).count()).isZero();
                assertThatThrownBy(() -> management.executeJob(escalation.getId())).isNotNull();
            }
        } finally {
            jdbc.execute("DROP TRIGGER refuse_notification");
        }

        assertThat(job(escalation).getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(processId).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Timer_AppraisalEscalation");
        assertThat(incident.getIncidentMessage()).contains("refused by test");
        assertThat(notifications()).isEqualTo(notificationsBefore);

        management.setJobRetries(escalation.getId(), 1);
        management.executeJob(escalation.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(processId).count()).isZero();
        assertThat(notifications()).as("the leader is told once the job runs").isEqualTo(notificationsBefore + 1);
        assertThat(reviewed.task(dossier.getId(), "Task_Appraisal")).as("the appraisal itself goes on").isNotNull();
    }

    private Job job(Job job) {
        return management.createJobQuery().jobId(job.getId()).singleResult();
    }

    private int notifications() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification", Integer.class);
    }
}
