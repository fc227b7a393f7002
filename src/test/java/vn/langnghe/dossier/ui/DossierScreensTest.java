package vn.langnghe.dossier.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.langnghe.KaribuTest;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.ui.NotFoundView;

/** The commune officer's screens, driven as the officer would, on the real services and database. */
class DossierScreensTest extends KaribuTest {

    @Autowired
    DossierService dossiers;

    @Test
    void badInputIsShownNextToTheFieldInVietnameseAndNothingIsStored() {
        SignedInUser user = login("xa.daidong");
        long before = dossiers.list(user, null, null, Pageable.unpaged()).getTotalElements();
        UI.getCurrent().navigate("ho-so/moi");

        _setValue(select("Danh hiệu đề nghị"), Title.CRAFT_VILLAGE);
        _setValue(number("Tổng số hộ trên địa bàn"), 100);
        _setValue(number("Số hộ tham gia ngành nghề"), 150);
        _click(_get(Button.class, spec -> spec.withText("Lưu nháp")));

        IntegerField participating = number("Số hộ tham gia ngành nghề");
        assertThat(participating.isInvalid()).isTrue();
        assertThat(participating.getErrorMessage())
                .isEqualTo("Số hộ tham gia (150) không được lớn hơn tổng số hộ (100).");
        assertThat(dossiers.list(user, null, null, Pageable.unpaged()).getTotalElements()).isEqualTo(before);
    }

    @Test
    void savesAnIncompleteDraftAndListsWhatIsMissingOnSubmit() {
        login("xa.daidong");
        UI.getCurrent().navigate("ho-so/moi");

        _setValue(select("Danh hiệu đề nghị"), Title.TRADITIONAL_CRAFT);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên làng")), "Xóm Lục");
        _setValue(number("Năm nghề xuất hiện ở địa phương"), 1900);
        assertThat(_get(Div.class, spec -> spec.withClasses("criteria-panel")).getElement().getText()
                + criterionText("T1")).contains("126 năm");
        _click(_get(Button.class, spec -> spec.withText("Lưu nháp")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("ho-so/\\d+");
        submit();

        String missing = _get(Div.class, spec -> spec.withClasses("missing-list")).getElement().getTextRecursively();
        assertThat(missing).contains("Chưa thể nộp hồ sơ", "Chưa nhập tên nghề.",
                "Thiếu bản tóm tắt lịch sử nghề.", "Chưa nhập số điện thoại liên hệ.");
        assertThat(_get(Span.class, spec -> spec.withClasses("status-draft")).getText()).isEqualTo("Nháp");
    }

    @Test
    void submitsACompleteDossier() {
        SignedInUser user = login("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, user, SampleDossiers.craftVillage("Bản Lác"));
        UI.getCurrent().navigate("ho-so/" + dossier.getId());

        submit();

        assertThat(_get(Span.class, spec -> spec.withClasses("status-submitted")).getText()).isEqualTo("Đã nộp");
        _assertNone(Button.class, spec -> spec.withText("Nộp hồ sơ"));
        assertThat(dossiers.get(user, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
    }

    @Test
    void refusesToSubmitWithoutARequiredDocument() {
        SignedInUser user = login("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, user, SampleDossiers.craftVillage("Bản Lác"),
                AttachmentKind.ENVIRONMENT_DOCUMENT);
        UI.getCurrent().navigate("ho-so/" + dossier.getId());

        submit();

        assertThat(_get(Div.class, spec -> spec.withClasses("missing-list")).getElement().getTextRecursively())
                .contains("Thiếu văn bản chứng minh đáp ứng điều kiện bảo vệ môi trường.");
        assertThat(dossiers.get(user, dossier.getId()).getState()).isEqualTo(DossierState.DRAFT);
    }

    @Test
    void theUploadOffersTheFirstMissingDocumentAndSpeaksVietnamese() {
        SignedInUser user = login("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, user, SampleDossiers.craftVillage("Bản Lác"),
                AttachmentKind.PRODUCTION_SUMMARY, AttachmentKind.ENVIRONMENT_DOCUMENT);
        UI.getCurrent().navigate("ho-so/" + dossier.getId());

        Select<AttachmentKind> kind = select("Loại giấy tờ");
        assertThat(kind.getValue()).isEqualTo(AttachmentKind.PRODUCTION_SUMMARY);
        UploadI18N texts = _get(Upload.class).getI18n();
        assertThat(texts.getAddFiles().getMany()).isEqualTo("Chọn tệp…");
        assertThat(texts.getDropFiles().getMany()).isEqualTo("Kéo các tệp vào đây");
        assertThat(texts.getError().getFileIsTooBig()).contains("20 MB");

        _upload(_get(Upload.class), "bao-cao-san-xuat.pdf", "application/pdf", SampleDossiers.PDF);
        MockVaadin.clientRoundtrip();
        // After the upload the screen is drawn again and offers the next document still missing.
        assertThat(select("Loại giấy tờ").getValue()).isEqualTo(AttachmentKind.ENVIRONMENT_DOCUMENT);
    }

    @Test
    void aFileTheServerRefusesLeavesNoTickInTheListAndSaysWhyNextToTheUpload() {
        SignedInUser user = login("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, user, SampleDossiers.craftVillage("Bản Lác"),
                AttachmentKind.HOUSEHOLD_LIST);
        UI.getCurrent().navigate("ho-so/" + dossier.getId());
        Upload upload = _get(Upload.class);

        _upload(upload, "danh-sach.pdf", "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withClasses("upload-refused")).getText())
                .isEqualTo("Tệp \"danh-sach.pdf\" không được nhận: Loại tệp không được chấp nhận. "
                        + "Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX, ODT.");
        // The browser marked the file complete when its bytes arrived: a fresh, empty upload takes its place.
        assertThat(upload.isAttached()).isFalse();
        assertThat(_get(Upload.class)).isNotSameAs(upload);
        assertThat(dossiers.attachments(user, dossier.getId())).noneMatch(a -> a.getFileName().equals("danh-sach.pdf"));
    }

    @Test
    void anotherCommunesDossierTypedIntoTheAddressIsNotFound() {
        SignedInUser owner = login("xa.daidong");
        Dossier dossier = dossiers.create(owner, SampleDossiers.craftVillage("Xóm Lục"));

        login("xa.maiha");
        UI.getCurrent().navigate("ho-so/" + dossier.getId());

        _assertOne(NotFoundView.class);
        _assertNone(H2.class, spec -> spec.withText("Hồ sơ số " + dossier.getId() + ": Làng nghề Xóm Lục"));
        UI.getCurrent().navigate("ho-so/" + dossier.getId() + "/sua");
        _assertOne(NotFoundView.class);
    }

    /** Clicks "Nộp hồ sơ" and confirms, after checking that the question says what submitting does. */
    private static void submit() {
        _click(_get(Button.class, spec -> spec.withText("Nộp hồ sơ")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(_getText(question)).contains("Sở Nông nghiệp và Môi trường", "xã không sửa được hồ sơ");
        _fireConfirm(question);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static IntegerField number(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private static String criterionText(String code) {
        return _get(Div.class, spec -> spec.withAttribute("data-code", code)).getElement().getTextRecursively();
    }
}
