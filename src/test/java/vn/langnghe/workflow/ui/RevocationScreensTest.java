package vn.langnghe.workflow.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.KaribuTest;
import vn.langnghe.criteria.Title;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatus;
import vn.langnghe.workflow.RegistryReviewDecision;

/** The reviewer's "Rà soát" form and the annual review on the dashboard, on the real engine and database. */
class RevocationScreensTest extends KaribuTest {

    @Autowired
    TaskService taskService;
    @Autowired
    RegistryReviews reviews;
    @Autowired
    RegistryService registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void reviewerClearsAFlaggedVillageWithAReason() {
        Long village = flaggedVillage("Xóm Rà Soát Màn Hình");
        login("thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + task(village));

        assertThat(_find(Paragraph.class)).anySatisfy(p -> assertThat(p.getText()).contains("Rà soát hằng năm gắn cờ")
                .contains("chưa có báo cáo năm"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RegistryReviewDecision.Outcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Kết quả"));
        _setValue(outcome, RegistryReviewDecision.Outcome.CLEAR);
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Lý do"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Hãy nhập lý do (tối đa 2.000 ký tự).");
        assertThat(registry.entry(login("thongke"), village).getStatus()).isEqualTo(RegistryStatus.UNDER_REVIEW);

        login("thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + task(village));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RegistryReviewDecision.Outcome> again = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Kết quả"));
        _setValue(again, RegistryReviewDecision.Outcome.CLEAR);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do")), "Xã đã nộp báo cáo bản giấy.");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));

        assertThat(registry.entry(login("thongke"), village).getStatus()).isEqualTo(RegistryStatus.RECOGNISED);
    }

    @Test
    void askingTheCommuneNamesTheFieldAsAQuestion() {
        Long village = flaggedVillage("Xóm Hỏi Xã Màn Hình");
        login("thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + task(village));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RegistryReviewDecision.Outcome> outcome = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Kết quả"));
        _setValue(outcome, RegistryReviewDecision.Outcome.ASK_COMMUNE);
        TextArea question = _get(TextArea.class, spec -> spec.withLabel("Nội dung đề nghị xã giải trình"));
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        assertThat(question.getErrorMessage()).startsWith("Hãy nhập nội dung đề nghị xã giải trình");

        _setValue(question, "Xã cho biết số hộ còn làm nghề.");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("village-" + village)
                .taskDefinitionKey("Task_CommuneExplanation").count()).isEqualTo(1);
        String explanation = taskService.createTaskQuery().processInstanceBusinessKey("village-" + village)
                .singleResult().getId();
        // Leave nothing open for other tests' inboxes: the commune answers and the reviewer clears.
        long commune = registry.entry(login("thongke"), village).getCurrentCommuneId();
        users.createIfMissing("xa.screen" + commune, "demo", "Cán bộ xã " + commune, vn.langnghe.identity.Role.COMMUNE_OFFICER,
                commune);
        login("xa.screen" + commune);
        UI.getCurrent().navigate("viec-can-lam/" + explanation);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Nội dung giải trình của xã")), "Còn 40 hộ làm nghề.");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        login("thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + task(village));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RegistryReviewDecision.Outcome> last = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Kết quả"));
        _setValue(last, RegistryReviewDecision.Outcome.CLEAR);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do")), "Giải trình hợp lý.");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        assertThat(registry.entry(login("thongke"), village).getStatus()).isEqualTo(RegistryStatus.RECOGNISED);
    }

    @Test
    void onlyProvincialStaffSeeTheAnnualReviewOnTheDashboard() {
        login("thongke");
        UI.getCurrent().navigate("thong-ke");
        assertThat(_find(Button.class, spec -> spec.withText("Rà soát sổ làng nghề"))).hasSize(1);
        login("chutich");
        UI.getCurrent().navigate("thong-ke");
        assertThat(_find(Button.class, spec -> spec.withText("Rà soát sổ làng nghề"))).isEmpty();
    }

    /** A village alone in a commune of its own with no report for 2025, so the review flags it and nothing else. */
    private Long flaggedVillage(String name) {
        Long commune = jdbc.queryForObject("SELECT GREATEST(COALESCE(MAX(id), 0) + 1, 9000) FROM administrative_unit",
                Long.class);
        jdbc.update("INSERT INTO administrative_unit (id, name, level, parent_id) VALUES (?, ?, 'COMMUNE', 10)", commune,
                "Thử Màn Hình " + commune);
        transaction.executeWithoutResult(s -> events.publishEvent(RegistryFixtures.recognition(commune,
                Title.CRAFT_VILLAGE, name, 4, "dệt thổ cẩm", "8/QĐ-UBND", LocalDate.of(2024, 6, 1))));
        Long id = RegistryFixtures.demoVillage(registry, login("thongke"), name);
        assertThat(reviews.annualReview(login("thongke"), 2025, commune).started()).containsExactly(id);
        return id;
    }

    private String task(Long village) {
        return taskService.createTaskQuery().processInstanceBusinessKey("village-" + village)
                .taskDefinitionKey("Task_RegistryReview").singleResult().getId();
    }
}
