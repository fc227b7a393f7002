package vn.langnghe.workflow.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.KaribuTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.notification.NotificationService;
import vn.langnghe.workflow.InboxTask;
import vn.langnghe.workflow.IntakeDecision;

/** The intake officer's and the reviewer's screens, on the real engine and database. */
class InboxScreensTest extends KaribuTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    NotificationService notifications;
    @Autowired
    RuntimeService runtime;

    @Test
    void intakeOfficerTakesATaskAndReturnsTheDossierWithAReason() {
        Dossier dossier = submitted();
        login("tiepnhan");

        @SuppressWarnings("unchecked")
        Grid<InboxTask> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
        String task = taskOf(dossier);
        UI.getCurrent().navigate("viec-can-lam/" + task);

        RadioButtonGroup<IntakeDecision.Outcome> outcome = radios("Kết quả");
        _setValue(outcome, IntakeDecision.Outcome.RETURN);
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Lý do (xã sẽ thấy nội dung này)"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Hãy ghi lý do trả lại hồ sơ");

        _setValue(reason, "Danh sách hộ chưa có chữ ký của trưởng thôn");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("viec-can-lam");
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.RETURNED);
        assertThat(notifications.latest(commune, 5)).anySatisfy(item ->
                assertThat(item.notification().getMessageKey()).isEqualTo("notification.dossier.RETURNED"));
    }

    @Test
    void reviewerMustDecideEveryJudgementCriterionBeforeRecommending() {
        Dossier dossier = submitted();
        login("tiepnhan");
        UI.getCurrent().navigate("viec-can-lam/" + taskOf(dossier));
        _setValue(radios("Kết quả"), IntakeDecision.Outcome.ACCEPT);
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));

        login("thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + taskOf(dossier));
        RadioButtonGroup<Object> outcome = radios("Kết quả");
        _setValue(outcome, outcome.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ý kiến thẩm định")), "Đủ điều kiện công nhận");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        assertThat(dossiers.get(users.loadUserByUsername("thamdinh"), dossier.getId()).getState())
                .as("V3 has no finding yet").isEqualTo(DossierState.IN_APPRAISAL);

        RadioButtonGroup<Boolean> v3 = _find(RadioButtonGroup.class).stream()
                .filter(r -> "V3".equals(r.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
        _setValue(v3, true);
        TextField v3Reason = _find(TextField.class).stream()
                .filter(f -> f.getParent().flatMap(p -> p.getChildren().filter(c -> c == v3).findAny()).isPresent())
                .findFirst().orElseThrow();
        _setValue(v3Reason, "Có kế hoạch bảo vệ môi trường và tổ tự quản");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));

        assertThat(dossiers.get(users.loadUserByUsername("thamdinh"), dossier.getId()).getState())
                .isEqualTo(DossierState.AWAITING_COUNCIL);
    }

    @Test
    void theOptionalDistrictStepHasItsOwnReviewerAndLeadsToIntake() {
        users.createIfMissing("huyen.thamdinh", "demo", "Thẩm định cấp huyện", Role.DISTRICT_REVIEWER, null);
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        Dossier dossier = dossiers.create(commune, SampleDossiers.craftVillage("Xóm Cóm"));
        runtime.startProcessInstanceByKey("recognition", String.valueOf(dossier.getId()), Map.of("dossierId",
                dossier.getId(), "communeId", dossier.getCommuneId(), "title", dossier.getTitle().name(),
                "districtStep", true));
        login("huyen.thamdinh");
        UI.getCurrent().navigate("viec-can-lam/" + taskOf(dossier));

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ý kiến thẩm định cấp huyện")),
                "Hồ sơ đúng thực tế tại địa phương");
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult().getTaskDefinitionKey()).isEqualTo("Task_Intake");
        assertThat(dossiers.history(commune, dossier.getId())).extracting("type").contains("DISTRICT_APPRAISED");
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radios(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private Dossier submitted() {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Xóm Lục"));
        return dossiers.submit(commune, dossier.getId());
    }

    private String taskOf(Dossier dossier) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId())).singleResult()
                .getId();
    }
}
