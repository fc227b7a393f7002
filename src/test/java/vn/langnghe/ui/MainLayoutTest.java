package vn.langnghe.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.langnghe.KaribuTest;

/** Each role lands on its own home page and its menu offers exactly the views it may open. */
class MainLayoutTest extends KaribuTest {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("xa.daidong", "ho-so", List.of("Hồ sơ của xã", "Làng nghề của xã", "Việc cần làm")),
                Arguments.of("tiepnhan", "viec-can-lam", List.of("Việc cần làm", "Hội đồng xét duyệt")),
                Arguments.of("thamdinh", "viec-can-lam", List.of("Việc cần làm", "Hội đồng xét duyệt")),
                Arguments.of("hoidong1", "viec-can-lam", List.of("Việc cần làm", "Hội đồng xét duyệt")),
                Arguments.of("chutich", "viec-can-lam", List.of("Việc cần làm", "Hội đồng xét duyệt", "Sổ làng nghề",
                        "Thống kê")),
                Arguments.of("thongke", "so-lang-nghe", List.of("Sổ làng nghề", "Thống kê")),
                Arguments.of("quantri", "quan-tri/nguoi-dung", List.of("Người dùng", "Ngày nghỉ lễ")));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleLandsOnItsHomeAndSeesOnlyItsMenu(String username, String home, List<String> menu) {
        login(username);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(home);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).containsExactlyElementsOf(menu);
        assertThat(_get(H2.class).getText()).isNotBlank();
    }
}
