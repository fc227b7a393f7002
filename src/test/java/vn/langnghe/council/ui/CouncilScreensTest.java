package vn.langnghe.council.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.KaribuTest;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.InboxTask;
import vn.langnghe.workflow.LeaderDecision;
import vn.langnghe.workflow.VoteDecision;
import vn.langnghe.workflow.ReviewedDossiers;

/** The council screens, the ballot and the leader's decision, on the real engine and database. */
class CouncilScreensTest extends KaribuTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    Inbox inbox;
    @Autowired
    CouncilService council;
    @Autowired
    TaskService taskService;

    @Test
    void aReviewerSetsUpARoundPutsADossierOnItsAgendaAndOpensIt() {
        Dossier dossier = reviewed().awaitingCouncil("Xóm Cóm");
        login("thamdinh");
        UI.getCurrent().navigate("hoi-dong-xet-duyet");
        _click(_get(Button.class, spec -> spec.withText("Lập phiên họp mới")));

        _click(_get(Button.class, spec -> spec.withText("Lập phiên họp")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Tên phiên họp"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Vui lòng nhập tên phiên họp");

        _setValue(name, "Hội đồng xét duyệt quý IV năm 2026");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserAccount> members = _get(MultiSelectComboBox.class);
        // A screen reader announces the choices in Vietnamese, and no chosen member hides behind a count chip.
        assertThat(members.getI18n().getSelected()).isEqualTo("đã được chọn");
        assertThat(members.getI18n().getTotal()).isEqualTo("Đã chọn {count} mục");
        assertThat(members.getAutoExpand()).isEqualTo(MultiSelectComboBox.AutoExpandMode.BOTH);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Tỷ lệ đồng ý để thông qua (trên)")).getHelperText())
                .contains("thành viên đồng ý");
        Set<UserAccount> three = council.eligibleMembers().stream()
                .filter(a -> List.of("hoidong1", "hoidong2", "hoidong3").contains(a.getUsername()))
                .collect(Collectors.toSet());
        _setValue(members, three);
        @SuppressWarnings("unchecked")
        Select<UserAccount> chair = _get(Select.class, spec -> spec.withLabel("Chủ tịch Hội đồng"));
        _setValue(chair, three.stream().filter(a -> a.getUsername().equals("hoidong1")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Lập phiên họp")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).startsWith("hoi-dong-xet-duyet/");
        @SuppressWarnings("unchecked")
        Grid<Dossier> agenda = _get(Grid.class);
        Dossier shown = agenda.getGenericDataView().getItems().filter(d -> d.getId().equals(dossier.getId()))
                .findFirst().orElseThrow();
        agenda.select(shown);
        _click(_get(Button.class, spec -> spec.withText("Mở phiên biểu quyết")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(_getText(question)).startsWith("1 hồ sơ sẽ được đưa ra biểu quyết và 3 thành viên nhận phiếu");
        _fireConfirm(question);

        assertThat(dossiers.get(users.loadUserByUsername("xa.daidong"), dossier.getId()).getState())
                .isEqualTo(DossierState.IN_COUNCIL);
        assertThat(_find(Button.class, spec -> spec.withText("Mở phiên biểu quyết"))).isEmpty();
    }

    @Test
    void aMemberVotesWithAnOpinionAndARecusalNeedsAReason() {
        ReviewedDossiers reviewed = reviewed();
        Dossier dossier = reviewed.awaitingCouncil("Bản Pà Cò Con");
        reviewed.openRound("Phiên biểu quyết trên màn hình", List.of("hoidong1", "hoidong2", "hoidong3"), null,
                List.of(dossier.getId()));
        String ballot = reviewed.ballot("hoidong2", dossier.getId());
        login("hoidong2");
        UI.getCurrent().navigate("viec-can-lam");
        @SuppressWarnings("unchecked")
        Grid<InboxTask> inbox = _get(Grid.class);
        int row = IntStream.range(0, _size(inbox)).filter(i -> GridKt._get(inbox, i).id().equals(ballot)).findFirst()
                .orElseThrow();
        // A ballot is personal: it can be opened, never handed back.
        String actions = ((Component) _getCellComponent(inbox, row, "actions")).getElement().getTextRecursively();
        assertThat(actions).contains("Mở").doesNotContain("Trả việc");
        UI.getCurrent().navigate("viec-can-lam/" + ballot);

        _click(_get(Button.class, spec -> spec.withText("Gửi phiếu biểu quyết")));
        RadioButtonGroup<VoteOutcome> outcome = radios("Ý kiến biểu quyết");
        assertThat(outcome.isInvalid()).isTrue();

        _setValue(outcome, VoteOutcome.RECUSE);
        _click(_get(Button.class, spec -> spec.withText("Gửi phiếu biểu quyết")));
        TextArea opinion = _get(TextArea.class, spec -> spec.withLabel("Lý do không tham gia biểu quyết"));
        assertThat(opinion.getErrorMessage()).startsWith("Vui lòng nêu lý do không tham gia biểu quyết");

        _setValue(outcome, VoteOutcome.DISAGREE);
        _click(_get(Button.class, spec -> spec.withText("Gửi phiếu biểu quyết")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ý kiến của thành viên")).getErrorMessage())
                .startsWith("Vui lòng ghi ý kiến của thành viên khi không đồng ý");

        // Agreeing needs no written opinion.
        _setValue(outcome, VoteOutcome.AGREE);
        _click(_get(Button.class, spec -> spec.withText("Gửi phiếu biểu quyết")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("viec-can-lam");
        assertThat(taskService.createTaskQuery().taskId(ballot).count()).isZero();
    }

    @Test
    void theLeaderApprovesAndTheCommuneFindsTheCertificate() {
        ReviewedDossiers reviewed = reviewed();
        Dossier dossier = reviewed.awaitingCouncil("Xóm Lục");
        reviewed.openRound("Phiên quyết định trên màn hình", List.of("hoidong1", "hoidong2", "hoidong3"), null,
                List.of(dossier.getId()));
        inbox.complete(users.loadUserByUsername("hoidong1"), reviewed.ballot("hoidong1", dossier.getId()),
                new VoteDecision(VoteOutcome.AGREE, "Nghề dệt được giữ gìn", Map.of("V1", "Đạt, 23 % hộ tham gia")));
        for (String member : List.of("hoidong2", "hoidong3")) {
            reviewed.vote(member, dossier.getId(), VoteOutcome.AGREE);
        }
        login("chutich");
        UI.getCurrent().navigate("viec-can-lam/" + reviewed.task(dossier.getId(), "Task_Decision"));
        assertThat(_find(Anchor.class, spec -> spec.withText("Biên bản họp Hội đồng"))).hasSize(1);
        assertThat(_find(ListItem.class)).as("the leader reads each opinion with its remarks per criterion")
                .anySatisfy(item -> assertThat(item.getText()).contains("Nghề dệt được giữ gìn (V1: Đạt, 23 % hộ tham gia)"));

        RadioButtonGroup<LeaderDecision.Outcome> outcome = radios("Kết quả");
        _setValue(outcome, LeaderDecision.Outcome.REJECT);
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Lý do không công nhận (xã sẽ nhận được)"))
                .getErrorMessage()).startsWith("Vui lòng nêu lý do không công nhận");

        _setValue(outcome, LeaderDecision.Outcome.APPROVE);
        _click(_get(Button.class, spec -> spec.withText("Hoàn thành")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(_getText(question)).contains("cấp số quyết định chính thức", "Không thể hoàn tác");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .taskDefinitionKey("Task_Decision").count()).as("nothing happens before the confirmation").isOne();
        _fireConfirm(question);
        // The leader is told what was issued, not that "the dossier moved on".
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .matches("Đã ban hành Quyết định số \\d+/QĐ-UBND ngày \\d{2}/\\d{2}/\\d{4}\\."));

        SignedInUser commune = login("xa.daidong");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.RECOGNISED);
        UI.getCurrent().navigate("ho-so/" + dossier.getId());
        assertThat(_find(Anchor.class, spec -> spec.withText("Bằng công nhận"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Quyết định công nhận"))).hasSize(1);
    }

    private ReviewedDossiers reviewed() {
        return new ReviewedDossiers(context);
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radios(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }
}
