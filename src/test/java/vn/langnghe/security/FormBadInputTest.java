package vn.langnghe.security;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.langnghe.KaribuTest;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryService;

/**
 * The bad-input table for the screens, next to {@link BadInputTest} for the API: each case types one bad value
 * (with whatever else makes it bad) into the commune's dossier form or yearly report form and saves. The field
 * must be marked red with a message, and nothing may be stored.
 */
class FormBadInputTest extends KaribuTest {

    private static final String LONG = "Làng ".repeat(2000);
    private static final int NEXT_YEAR = LocalDate.now(VietnamTime.ZONE).getYear() + 1;

    @Autowired
    DossierService dossiers;
    @Autowired
    RegistryService registry;

    static Stream<Arguments> dossierForm() {
        int lastYear = LocalDate.now(VietnamTime.ZONE).getYear() - 1;
        String production = "Giá trị sản xuất năm " + lastYear;
        return Stream.of(
                bad("negative households", "Tổng số hộ trên địa bàn", "Tổng số hộ trên địa bàn", -1),
                bad("more participating than total", "Số hộ tham gia ngành nghề",
                        "Tổng số hộ trên địa bàn", 100, "Số hộ tham gia ngành nghề", 150),
                bad("negative participating", "Số hộ tham gia ngành nghề", "Số hộ tham gia ngành nghề", -3),
                bad("negative workers", "Tổng số lao động", "Tổng số lao động", -5),
                bad("absurd workers", "Tổng số lao động", "Tổng số lao động", 10_000_001),
                bad("more regular than total workers", "Số lao động thường xuyên",
                        "Tổng số lao động", 10, "Số lao động thường xuyên", 11),
                bad("craft from the future", "Năm nghề xuất hiện ở địa phương",
                        "Năm nghề xuất hiện ở địa phương", NEXT_YEAR),
                bad("craft before the year 1000", "Năm nghề xuất hiện ở địa phương",
                        "Năm nghề xuất hiện ở địa phương", 999),
                bad("10,000-character village name", "Tên làng", "Tên làng", LONG),
                bad("control character in the village name", "Tên làng", "Tên làng", "Làng\u0007 Gốm"),
                bad("10,000-character craft", "Tên nghề", "Tên nghề", LONG),
                bad("control character in the craft", "Tên nghề", "Tên nghề", "Dệt\u0000 thổ cẩm"),
                bad("10,000-character contact", "Người liên hệ", "Người liên hệ", LONG),
                bad("letters for a phone number", "Số điện thoại liên hệ", "Số điện thoại liên hệ", "không có"),
                bad("script for a phone number", "Số điện thoại liên hệ",
                        "Số điện thoại liên hệ", "<script>alert(1)</script>"),
                bad("SQL for a phone number", "Số điện thoại liên hệ",
                        "Số điện thoại liên hệ", "0'; DROP TABLE dossier; --"),
                bad("words for a production value", production, production, "nhiều tỷ"),
                bad("negative production value", production, production, "-5000000"),
                bad("a fraction for a production value", production, production, "1,5"),
                bad("a misgrouped production value", production, production, "1.5"),
                bad("a hamlet name of 101 characters", "Thôn, xóm, bản", "Thôn, xóm, bản", "x".repeat(101)),
                bad("control character in a hamlet", "Thôn, xóm, bản", "Thôn, xóm, bản", "Xóm\u001b Trên"),
                bad("an artisan's name of 201 characters", "Nghệ nhân", "Nghệ nhân", "x".repeat(201)));
    }

    static Stream<Arguments> reportForm() {
        return Stream.of(
                bad("a report for next year", "Năm báo cáo", completeReport(NEXT_YEAR)),
                bad("a report for 1799", "Năm báo cáo", completeReport(1799)),
                bad("negative households", "Tổng số hộ", "Năm báo cáo", 2023, "Tổng số hộ", -1),
                bad("more participating than total", "Số hộ tham gia ngành nghề",
                        "Năm báo cáo", 2023, "Tổng số hộ", 50, "Số hộ tham gia ngành nghề", 51),
                bad("negative workers", "Tổng số lao động", "Năm báo cáo", 2023, "Tổng số lao động", -1),
                bad("more regular than total workers", "Lao động thường xuyên",
                        "Năm báo cáo", 2023, "Tổng số lao động", 10, "Lao động thường xuyên", 20),
                bad("words for a production value", "Giá trị sản xuất (đồng)",
                        "Năm báo cáo", 2023, "Giá trị sản xuất (đồng)", "một tỷ"),
                bad("negative production value", "Giá trị sản xuất (đồng)",
                        "Năm báo cáo", 2023, "Giá trị sản xuất (đồng)", "-100"),
                bad("a fraction for revenue", "Doanh thu (đồng)", "Năm báo cáo", 2023, "Doanh thu (đồng)", "1.5"),
                bad("markup for revenue", "Doanh thu (đồng)",
                        "Năm báo cáo", 2023, "Doanh thu (đồng)", "<b>100</b>"));
    }

    @ParameterizedTest(name = "dossier form: {0}")
    @MethodSource("dossierForm")
    void theDossierFormMarksTheFieldAndStoresNothing(String name, String field, Map<String, Object> values) {
        SignedInUser commune = login("xa.daidong");
        long before = dossiers.list(commune, null, null, Pageable.unpaged()).getTotalElements();
        UI.getCurrent().navigate("ho-so/moi");
        _setValue(_get(Select.class, spec -> spec.withLabel("Danh hiệu đề nghị")), Title.CRAFT_VILLAGE);

        type(values);
        _click(_get(Button.class, spec -> spec.withText("Lưu nháp")));

        assertMarked(field);
        assertThat(dossiers.list(commune, null, null, Pageable.unpaged()).getTotalElements()).isEqualTo(before);
    }

    @ParameterizedTest(name = "report form: {0}")
    @MethodSource("reportForm")
    void theReportFormMarksTheFieldAndStoresNothing(String name, String field, Map<String, Object> values) {
        SignedInUser commune = login("xa.maiha");
        Long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Bản Lác");
        int before = registry.reports(commune, village).size();
        UI.getCurrent().navigate("so-lang-nghe/" + village + "/bao-cao");

        type(values);
        _click(_get(Button.class, spec -> spec.withText("Lưu báo cáo")));

        assertMarked(field);
        assertThat(registry.reports(commune, village)).hasSize(before);
    }

    /** Every field of a yearly report filled in well, for the year given. */
    private static Object[] completeReport(int year) {
        return new Object[] {"Năm báo cáo", year, "Tổng số hộ", 100, "Số hộ tham gia ngành nghề", 50,
                "Tổng số lao động", 80, "Lao động thường xuyên", 60, "Giá trị sản xuất (đồng)", "1.000.000.000",
                "Doanh thu (đồng)", "900.000.000"};
    }

    /** A case: its name, the field that must be marked, then labels and values to type, in that order. */
    private static Arguments bad(String name, String field, Object... labelsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            values.put((String) labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return Arguments.of(name, field, values);
    }

    private static void type(Map<String, Object> values) {
        values.forEach((label, value) -> {
            if (value instanceof Integer number) {
                _setValue(_get(IntegerField.class, spec -> spec.withLabel(label)), number);
            } else if (!_find(TextField.class, spec -> spec.withLabel(label)).isEmpty()) {
                _setValue(_get(TextField.class, spec -> spec.withLabel(label)), (String) value);
            } else {
                _setValue(_get(TextArea.class, spec -> spec.withLabel(label)), (String) value);
            }
        });
    }

    private static void assertMarked(String label) {
        List<HasValidation> fields = new ArrayList<>();
        fields.addAll(_find(IntegerField.class, spec -> spec.withLabel(label)));
        fields.addAll(_find(TextField.class, spec -> spec.withLabel(label)));
        fields.addAll(_find(TextArea.class, spec -> spec.withLabel(label)));
        assertThat(fields).as("the field %s", label).hasSize(1);
        assertThat(fields.get(0).isInvalid()).as("%s marked invalid", label).isTrue();
        assertThat(fields.get(0).getErrorMessage()).as("%s has a message", label).isNotBlank();
    }
}
