package vn.langnghe.village.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.KaribuTest;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.LabourReport;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatistics;

/** The registry, village page, report form, dashboard and open data, driven as their users would. */
class RegistryScreensTest extends KaribuTest {

    @Autowired
    RegistryService registry;
    @Autowired
    RegistryStatistics statistics;

    @Test
    void theRegistrySearchesWithoutDiacriticsAndFilters() {
        login("thongke");
        UI.getCurrent().navigate("so-lang-nghe");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")), "doan ket");

        assertThat(names()).containsExactly("Xóm Đoàn Kết");
        assertThat(_get(Span.class, spec -> spec.withText("Có 1 mục khớp điều kiện lọc."))).isNotNull();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")), "");
        _setValue(select("Nhóm ngành nghề"), 1);
        assertThat(names()).contains("Làng Đình", "Xóm Chiềng Hạ").doesNotContain("Bản Lác");
    }

    @Test
    void aVillagePageShowsItsFiguresAsATableAndAsChartsWithTheTwentyPercentLine() {
        SignedInUser staff = login("thongke");
        Long village = RegistryFixtures.demoVillage(registry, staff, "Xóm Chiềng Hạ");
        UI.getCurrent().navigate("so-lang-nghe/" + village);

        @SuppressWarnings("unchecked")
        Grid<LabourReport> table = _get(Grid.class, spec -> spec.withClasses("figures-table"));
        assertThat(GridKt._size(table)).isEqualTo(registry.reports(staff, village).size());
        List<String> charts = _find(Div.class, spec -> spec.withClasses("chart-box")).stream()
                .map(d -> d.getElement().getProperty("innerHTML")).toList();
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0)).startsWith("<svg").contains("Ngưỡng 20 %", "class=\"reference\"");
        assertThat(charts.get(1)).contains("Lao động thường xuyên");
        assertThat(charts.get(2)).contains("Giá trị sản xuất và doanh thu (triệu đồng)");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("illustrative-note")).getText())
                .contains("số liệu minh họa");
        _assertNone(Button.class, spec -> spec.withText("Nộp báo cáo năm"));
    }

    @Test
    void theReportFormShowsBadFiguresNextToTheFieldAndStoresNothing() {
        SignedInUser commune = login("xa.maiha");
        Long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Bản Lác");
        int before = registry.revisions(commune, village, 2021).size();
        UI.getCurrent().navigate("so-lang-nghe/" + village);
        _click(_get(Button.class, spec -> spec.withText("Nộp báo cáo năm")));

        _setValue(number("Năm báo cáo"), 2021);
        _setValue(number("Tổng số hộ"), 100);
        _setValue(number("Số hộ tham gia ngành nghề"), 120);
        _click(_get(Button.class, spec -> spec.withText("Lưu báo cáo")));

        IntegerField participating = number("Số hộ tham gia ngành nghề");
        assertThat(participating.isInvalid()).isTrue();
        assertThat(participating.getErrorMessage()).isEqualTo("Số hộ tham gia (120) không được lớn hơn tổng số hộ (100).");
        assertThat(registry.revisions(commune, village, 2021)).hasSize(before);
    }

    @Test
    void theReportFormCorrectsAYearAndKeepsTheEarlierReport() {
        SignedInUser commune = login("xa.maiha");
        Long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Bản Lác");
        int before = registry.revisions(commune, village, 2022).size();
        UI.getCurrent().navigate("so-lang-nghe/" + village + "/bao-cao");

        _setValue(number("Năm báo cáo"), 2022);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("correction-notice")).getText())
                .startsWith("Năm 2022 đã có báo cáo (lần " + before + ")");
        _setValue(number("Tổng số lao động"), 299);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Doanh thu (đồng)")), "4500000000");
        _click(_get(Button.class, spec -> spec.withText("Lưu báo cáo")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("so-lang-nghe/" + village);
        List<LabourReport> revisions = registry.revisions(commune, village, 2022);
        assertThat(revisions).hasSize(before + 1);
        assertThat(revisions.get(before).getWorkersTotal()).isEqualTo(299);
        assertThat(revisions.get(before).getRevenue()).isEqualTo(4_500_000_000L);
        assertThat(revisions.get(before - 1).isCurrent()).isFalse();
    }

    @Test
    void theDashboardShowsTheChosenYearsFigures() {
        SignedInUser leader = login("chutich");
        UI.getCurrent().navigate("thong-ke");

        assertThat(workersShown()).isEqualTo(formatted(statistics.stats(leader, registry.lastFullYear()).workers().total()));
        _setValue(select("Năm"), 2019);
        assertThat(workersShown()).isEqualTo(formatted(statistics.stats(leader, 2019).workers().total()));
        assertThat(_find(Div.class, spec -> spec.withClasses("chart-box"))).isNotEmpty();
    }

    @Test
    void aCommuneOfficerListsOnlyItsOwnVillages() {
        login("xa.maiha");
        UI.getCurrent().navigate("lang-nghe-cua-xa");

        @SuppressWarnings("unchecked")
        Grid<RegistryRow> grid = _get(Grid.class);
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).commune()).toList())
                .isNotEmpty().containsOnly("Xã Mai Hạ");
    }

    @Test
    void theOpenDataNeedsNoLoginAndShowsNoStatus() {
        UI.getCurrent().navigate("lang-nghe-cong-nhan");

        assertThat(names()).contains("Bản Lác", "Làng Đình");
        @SuppressWarnings("unchecked")
        Grid<RegistryRow> grid = _get(Grid.class);
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("Trạng thái");
    }

    private static List<String> names() {
        @SuppressWarnings("unchecked")
        Grid<RegistryRow> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }

    private static String workersShown() {
        return _get(Div.class, spec -> spec.withClasses("dashboard-workers"))
                .getChildren().filter(c -> c.getClassNames().contains("figure-value")).findFirst().orElseThrow()
                .getElement().getText();
    }

    private static String formatted(long number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(number);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static IntegerField number(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }
}
