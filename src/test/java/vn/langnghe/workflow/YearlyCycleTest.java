package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * bpmn/yearly-cycle.bpmn on the engine's clock: the cycle made at start-up waits for 15 January, then asks every
 * commune with recognised villages for last year's report, reminds those still missing one 14 days before 31 March,
 * tells the statistician of the late ones after it, starts the annual review on 1 April and opens next year's cycle.
 */
@IntegrationTest
class YearlyCycleTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void theTimersAskRemindEscalateAndStartTheReviewOnTheirDays() {
        int year = LocalDate.now(VietnamTime.ZONE).getYear();
        if (LocalDate.now(VietnamTime.ZONE).isBefore(LocalDate.of(year, 4, 1))) {
            year--;
        }
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(YearlyCycleProcess.KEY)
                .processInstanceBusinessKey("cycle-" + year).singleResult();
        assertThat(cycle).as("made at start-up").isNotNull();
        SignedInUser commune = users.loadUserByUsername("xa.daidong");

        Job open = timer(cycle);
        assertThat(open.getDuedate()).isEqualTo(at(LocalDate.of(year + 1, 1, 15)));
        fire(open, LocalDate.of(year + 1, 1, 15));
        assertThat(notifications("notification.cycle.requested", commune.communeId())).isEqualTo(1);

        Job reminder = timer(cycle);
        assertThat(reminder.getDuedate()).isEqualTo(at(LocalDate.of(year + 1, 3, 17)));
        fire(reminder, LocalDate.of(year + 1, 3, 17));
        assertThat(notifications("notification.cycle.reminder", commune.communeId())).as("no report filed yet").isEqualTo(1);

        Job overdue = timer(cycle);
        assertThat(overdue.getDuedate()).isEqualTo(at(LocalDate.of(year + 1, 4, 1)));
        fire(overdue, LocalDate.of(year + 1, 4, 1));
        List<String> told = jdbc.queryForList("select arguments from notification where message_key = "
                + "'notification.cycle.overdue' and recipient_role = 'PROVINCIAL_STAFF'", String.class);
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).as("communes are named as they are in force").contains("Xã Đại Đồng");

        long underReviewBefore = underReview();
        Job review = timer(cycle);
        assertThat(review.getDuedate()).isEqualTo(at(LocalDate.of(year + 1, 4, 1)));
        fire(review, LocalDate.of(year + 1, 4, 1));
        assertThat(underReview()).as("villages without a report for the year are flagged").isGreaterThan(underReviewBefore);
        assertThat(jdbc.queryForObject("select count(*) from registry_review_event where actor = ? and review_year = ?",
                Integer.class, YearlyCycleProcess.ACTOR, year)).isPositive();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(YearlyCycleProcess.KEY)
                .processInstanceBusinessKey("cycle-" + (year + 1)).count()).as("next year's cycle").isEqualTo(1);

        clearTheReviewsStartedHere();
    }

    /** Other tests share this database: the reviewer clears every village the cycle put under review. */
    private void clearTheReviewsStartedHere() {
        SignedInUser reviewer = users.loadUserByUsername("thamdinh");
        List<String> started = jdbc.queryForList("select entry_id from registry_review_event where actor = ? and action = 'STARTED'",
                String.class, YearlyCycleProcess.ACTOR);
        for (String entry : started) {
            tasks.createTaskQuery().processInstanceBusinessKey(RevocationProcess.BUSINESS_KEY_PREFIX + entry)
                    .taskDefinitionKey(Step.REGISTRY_REVIEW.taskKey()).list().forEach(task -> inbox.complete(reviewer,
                            task.getId(), new RegistryReviewDecision(RegistryReviewDecision.Outcome.CLEAR,
                                    "Chu kỳ thử nghiệm")));
        }
        assertThat(underReviewByCycle()).isZero();
    }

    private Job timer(ProcessInstance cycle) {
        return management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
    }

    private void fire(Job job, LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(day, java.time.LocalTime.of(0, 5)).atZone(VietnamTime.ZONE)
                .toInstant()));
        management.executeJob(job.getId());
    }

    private int notifications(String key, Long communeId) {
        return jdbc.queryForObject("select count(*) from notification where message_key = ? and recipient_commune_id = ?",
                Integer.class, key, communeId);
    }

    private long underReview() {
        return jdbc.queryForObject("select count(*) from registry_entry where status = 'UNDER_REVIEW'", Long.class);
    }

    private long underReviewByCycle() {
        return jdbc.queryForObject("select count(*) from registry_entry e where e.status = 'UNDER_REVIEW' and exists ("
                + "select 1 from registry_review_event r where r.entry_id = e.id and r.actor = ?)", Long.class, YearlyCycleProcess.ACTOR);
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
    }
}
