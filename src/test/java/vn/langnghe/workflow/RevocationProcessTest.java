package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.notification.NotificationService;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.notification.NotificationService;
import vn.langnghe.criteria.Title;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatus;
import vn.langnghe.village.ReviewAction;
import vn.langnghe.village.ReviewEvent;
import vn.langnghe.village.ReviewRule;
import vn.langnghe.village.ReviewSettings;

/**
 * bpmn/revocation.bpmn through the real services, engine and database: the annual review, then every path of
 * a flagged village (cleared, revoked, kept by the leader, the commune asked and answering). Each test works in
 * a commune of its own, so the review judges only the villages the test made.
 */
@IntegrationTest
class RevocationProcessTest {

    private static final int YEAR = 2025;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    Inbox inbox;
    @Autowired
    RegistryReviews reviews;
    @Autowired
    RegistryService registry;
    @Autowired
    DocumentService documents;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    ReviewSettings settings;
    @Autowired
    TestRestTemplate http;
    @Autowired
    NotificationService notifications;

    private SignedInUser staff;
    private SignedInUser reviewer;
    private SignedInUser leader;
    private long commune;
    private SignedInUser officer;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        staff = users.loadUserByUsername("thongke");
        reviewer = users.loadUserByUsername("thamdinh");
        leader = users.loadUserByUsername("chutich");
        commune = freshCommune();
        users.createIfMissing("xa.test" + commune, "demo", "Cán bộ xã thử " + commune, Role.COMMUNE_OFFICER, commune);
        officer = users.loadUserByUsername("xa.test" + commune);
    }

    @Test
    void reviewFlagsOnlyTheVillagesTheRuleFlags() {
        Long missing = village("Xóm Thiếu Báo Cáo", LocalDate.of(2024, 3, 1));
        Long low = village("Xóm Ít Hộ", LocalDate.of(2024, 3, 1));
        registry.fileReport(officer, low, RegistryFixtures.figures(YEAR, 500, 60, 80, 50, 2_000_000_000L));
        Long fine = village("Xóm Đủ Hộ", LocalDate.of(2024, 3, 1));
        registry.fileReport(officer, fine, RegistryFixtures.figures(YEAR, 500, 200, 300, 200, 9_000_000_000L));
        Long later = village("Xóm Mới Công Nhận", LocalDate.of(2026, 1, 5));

        ReviewRule rule = new ReviewRule(settings);
        assertThat(rule.flags(null)).as("the rule flags a missing report").isNotEmpty();

        RegistryReviews.Result result = reviews.annualReview(staff, YEAR, commune);

        assertThat(result.judged()).as("the village recognised after the year is not judged").isEqualTo(3);
        assertThat(result.started()).containsExactlyInAnyOrder(missing, low);
        assertThat(status(missing)).isEqualTo(RegistryStatus.UNDER_REVIEW);
        assertThat(status(low)).isEqualTo(RegistryStatus.UNDER_REVIEW);
        assertThat(status(fine)).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(status(later)).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(process(missing)).isWaitingAt("Task_RegistryReview");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("village-" + fine).count()).isZero();

        RegistryReviews.Result again = reviews.annualReview(staff, YEAR, commune);
        assertThat(again.started()).as("villages already under review are skipped").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("village-" + missing).count())
                .isEqualTo(1);

        for (Long id : List.of(missing, low)) {
            inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                    new RegistryReviewDecision(RegistryReviewDecision.Outcome.CLEAR, "Đã kiểm tra, xã bổ sung sau."));
        }
    }

    @Test
    void onlyProvincialStaffStartTheReviewAndTheYearIsChecked() {
        assertThatThrownBy(() -> reviews.annualReview(reviewer, YEAR, commune)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.annualReview(staff, LocalDate.now(VietnamTime.ZONE).getYear() + 1, commune))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void clearedVillageIsRecognisedAgain() {
        Long id = flaggedVillage("Xóm Giữ Nguyên");
        ProcessInstance process = process(id);

        assertThatThrownBy(() -> inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.CLEAR, " "))).isInstanceOf(InvalidInputException.class);
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.CLEAR, "Báo cáo năm đã nộp bản giấy."));

        assertThat(process).isEnded().hasPassed("EndEvent_Cleared");
        assertThat(status(id)).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(actions(id)).containsExactly(ReviewAction.RECOGNISED, ReviewAction.STARTED, ReviewAction.CLEARED);
    }

    @Test
    void revokedVillageGetsANumberedDecisionAndStaysInTheRegistryAsRevoked() throws IOException {
        Long id = flaggedVillage("Xóm Đoàn Kết Thử");
        ProcessInstance process = process(id);
        List<InboxTask> reviewerTasks = inbox.list(reviewer, new Inbox.Filter(Step.REGISTRY_REVIEW, null, null, false), 0, 500);
        assertThat(reviewerTasks).anySatisfy(t -> {
            assertThat(t.villageId()).isEqualTo(id);
            assertThat(t.dossierId()).isNull();
            assertThat(t.villageName()).isEqualTo("Xóm Đoàn Kết Thử");
        });

        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.CONFIRM, "Không còn hoạt động sản xuất."));
        assertThat(process).isWaitingAt("Task_RevocationDecision");
        assertThatThrownBy(() -> inbox.complete(leader, task(id, "Task_RevocationDecision"),
                new RevocationDecision(RevocationDecision.Outcome.REVOKE, ""))).isInstanceOf(InvalidInputException.class);
        assertThat(status(id)).isEqualTo(RegistryStatus.UNDER_REVIEW);

        inbox.complete(leader, task(id, "Task_RevocationDecision"),
                new RevocationDecision(RevocationDecision.Outcome.REVOKE, "Làng nghề đã ngừng sản xuất hai năm liền."));

        assertThat(process).isEnded().hasPassed("EndEvent_Revoked");
        RegistryEntry entry = registry.entry(staff, id);
        assertThat(entry.getStatus()).isEqualTo(RegistryStatus.REVOKED);
        assertThat(entry.getRevocationDecisionNumber()).matches("\\d+/QĐ-UBND");
        assertThat(entry.getRevocationReason()).isEqualTo("Làng nghề đã ngừng sản xuất hai năm liền.");
        assertThat(entry.getRevokedOn()).isEqualTo(LocalDate.now(VietnamTime.ZONE));
        assertThat(registry.page(staff, new RegistryFilter("Xóm Đoàn Kết Thử", null, RegistryStatus.REVOKED, null, null,
                commune), RegistryFixtures.firstRows(10))).extracting(r -> r.id()).containsExactly(id);
        assertThat(registry.openDataPage(new RegistryFilter("Xóm Đoàn Kết Thử", null, null, null, null, commune),
                RegistryFixtures.firstRows(10)))
                .as("open data lists titles in force only").isEmpty();
        assertThat(actions(id)).containsExactly(ReviewAction.RECOGNISED, ReviewAction.STARTED, ReviewAction.PROPOSED, ReviewAction.REVOKED);

        DocumentService.Pdf pdf = documents.issued(DocumentKind.REVOCATION, entry.getRevocationDecisionNumber())
                .orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(Normalizer.normalize("Số: " + entry.getRevocationDecisionNumber(), Normalizer.Form.NFC))
                    .contains(Normalizer.normalize("Về việc thu hồi danh hiệu làng nghề Xóm Đoàn Kết Thử", Normalizer.Form.NFC))
                    .contains(Normalizer.normalize("Lý do: Làng nghề đã ngừng sản xuất hai năm liền.", Normalizer.Form.NFC));
        }
    }

    @Test
    void leaderMayKeepTheTitle() {
        Long id = flaggedVillage("Xóm Được Giữ");
        ProcessInstance process = process(id);
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.CONFIRM, "Tỷ lệ hộ tham gia thấp."));
        inbox.complete(leader, task(id, "Task_RevocationDecision"),
                new RevocationDecision(RevocationDecision.Outcome.KEEP, "Xã đã có kế hoạch khôi phục nghề."));

        assertThat(process).isEnded().hasPassed("EndEvent_Kept");
        assertThat(status(id)).isEqualTo(RegistryStatus.RECOGNISED);
        assertThat(registry.entry(staff, id).getRevocationDecisionNumber()).isNull();
        assertThat(actions(id)).containsExactly(ReviewAction.RECOGNISED, ReviewAction.STARTED, ReviewAction.PROPOSED, ReviewAction.KEPT);
    }

    @Test
    void communeIsAskedAndAnswersThenTheReviewerDecides() {
        Long id = flaggedVillage("Xóm Giải Trình");
        ProcessInstance process = process(id);
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.ASK_COMMUNE, "Vì sao chưa nộp báo cáo năm 2025?"));
        assertThat(process).isWaitingAt("Task_CommuneExplanation");
        String explanation = task(id, "Task_CommuneExplanation");

        assertThat(inbox.list(officer, Inbox.Filter.NONE, 0, 50)).extracting(InboxTask::id).containsExactly(explanation);
        SignedInUser otherCommune = users.loadUserByUsername("xa.maiha");
        assertThat(inbox.list(otherCommune, Inbox.Filter.NONE, 0, 500)).extracting(InboxTask::id).doesNotContain(explanation);
        assertThatThrownBy(() -> inbox.get(otherCommune, explanation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.claim(otherCommune, explanation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.complete(otherCommune, explanation, new CommuneAnswer("Không phải xã tôi")))
                .isInstanceOf(NotFoundException.class);

        inbox.complete(officer, explanation, new CommuneAnswer("Xã đã nộp bản giấy ngày 10/01/2026."));
        assertThatThrownBy(() -> inbox.get(otherCommune, explanation)).as("done, still not theirs")
                .isInstanceOf(NotFoundException.class);
        assertThat(process).isWaitingAt("Task_RegistryReview");
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.CLEAR, "Giải trình hợp lý."));

        assertThat(process).isEnded().hasPassed("EndEvent_Cleared");
        assertThat(actions(id)).containsExactly(ReviewAction.RECOGNISED, ReviewAction.STARTED, ReviewAction.ASKED_COMMUNE,
                ReviewAction.COMMUNE_ANSWERED, ReviewAction.CLEARED);
        assertThat(reviews.history(officer, id)).extracting(ReviewEvent::getNote)
                .contains("Vì sao chưa nộp báo cáo năm 2025?", "Xã đã nộp bản giấy ngày 10/01/2026.");
    }

    @Test
    void theRequestToExplainIsNotifiedToTheVillagesCommuneOnly() {
        Long id = flaggedVillage("Xóm Báo Riêng");
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.ASK_COMMUNE, "Xã cho biết số hộ còn làm nghề."));

        String key = "notification.task.arrived.COMMUNE_EXPLANATION";
        assertThat(notifications.latest(officer, 50)).extracting(i -> i.notification().getMessageKey()).contains(key);
        assertThat(notifications.latest(officer, 50)).filteredOn(i -> i.notification().getMessageKey().equals(key))
                .extracting(i -> i.notification().getArguments()[0]).contains("Xóm Báo Riêng");
        assertThat(notifications.latest(users.loadUserByUsername("xa.maiha"), 200))
                .extracting(i -> i.notification().getMessageKey()).doesNotContain(key);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient_role = 'COMMUNE_OFFICER'",
                Integer.class)).isZero();
    }

    @Test
    void overTheApiAnotherCommuneGetsNotFoundAndTheOwnCommuneAnswers() {
        Long id = flaggedVillage("Xóm Hỏi Qua API");
        inbox.complete(reviewer, task(id, "Task_RegistryReview"),
                new RegistryReviewDecision(RegistryReviewDecision.Outcome.ASK_COMMUNE, "Xã cho biết số hộ còn làm nghề."));
        String explanation = task(id, "Task_CommuneExplanation");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{\"answer\": \"Còn 40 hộ làm nghề.\"}", json);

        assertThat(http.withBasicAuth("xa.maiha", "demo").exchange("/api/v1/tasks/" + explanation + "/complete",
                HttpMethod.POST, body, String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.withBasicAuth("xa.maiha", "demo").getForObject("/api/v1/tasks", String.class))
                .doesNotContain(explanation);
        assertThat(http.withBasicAuth(officer.username(), "demo").getForObject("/api/v1/tasks", String.class))
                .contains(explanation).contains("\"villageId\":" + id).contains("COMMUNE_EXPLANATION");
        assertThat(http.withBasicAuth(officer.username(), "demo").exchange("/api/v1/tasks/" + explanation + "/complete",
                HttpMethod.POST, body, String.class).getStatusCode().value()).isEqualTo(200);

        HttpEntity<String> clear = new HttpEntity<>("{\"outcome\": \"CLEAR\", \"reason\": \"Giải trình hợp lý.\"}", json);
        assertThat(http.withBasicAuth("thamdinh", "demo").exchange("/api/v1/tasks/" + task(id, "Task_RegistryReview")
                + "/complete", HttpMethod.POST, clear, String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(status(id)).isEqualTo(RegistryStatus.RECOGNISED);
    }

    /** A village of the test's commune with no report for the year, so the review flags it. */
    private Long flaggedVillage(String name) {
        Long id = village(name, LocalDate.of(2024, 6, 1));
        assertThat(reviews.annualReview(staff, YEAR, commune).started()).containsExactly(id);
        return id;
    }

    private Long village(String name, LocalDate recognisedOn) {
        transaction.executeWithoutResult(s -> events.publishEvent(RegistryFixtures.recognition(commune,
                Title.CRAFT_VILLAGE, name, 4, "dệt thổ cẩm", "9" + commune % 100 + "/QĐ-UBND", recognisedOn)));
        return RegistryFixtures.demoVillage(registry, staff, name);
    }

    /** A commune of its own (Lạc Sơn district), so other tests' villages are never judged here. */
    private long freshCommune() {
        Long id = jdbc.queryForObject("SELECT GREATEST(COALESCE(MAX(id), 0) + 1, 9000) FROM administrative_unit",
                Long.class);
        jdbc.update("INSERT INTO administrative_unit (id, name, level, parent_id) VALUES (?, ?, 'COMMUNE', 10)", id,
                "Thử Rà Soát " + id);
        return id;
    }

    private RegistryStatus status(Long id) {
        return registry.entry(staff, id).getStatus();
    }

    private List<ReviewAction> actions(Long id) {
        return reviews.history(staff, id).stream().map(ReviewEvent::getAction).toList();
    }

    private ProcessInstance process(Long id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("village-" + id).singleResult();
    }

    private String task(Long id, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey("village-" + id).taskDefinitionKey(key)
                .singleResult().getId();
    }
}
