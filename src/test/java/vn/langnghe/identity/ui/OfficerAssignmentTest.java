package vn.langnghe.identity.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.langnghe.KaribuTest;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccounts;
import vn.langnghe.territory.AdministrativeUnits;
import vn.langnghe.territory.ui.CommunePicker;

/** An administrator assigns a commune officer to a commune in force by searching its name, former name or code. */
class OfficerAssignmentTest extends KaribuTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AdministrativeUnits units;

    @Test
    void theAdministratorFindsTheCommuneByAFormerNameWithoutDiacriticsAndAssignsTheOfficer() {
        UserAccount officer = freshOfficer("xa.phancong1");
        login("quantri");
        UI.getCurrent().navigate("quan-tri/nguoi-dung");

        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class);
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getUsername().equals("xa.phancong1")).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "assign"));
        CommunePicker picker = _get(CommunePicker.class);
        ComboBoxKt.setUserInput(picker, "chieng chau");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Xã Mai Hạ (05251)");
        ComboBoxKt.setUserInput(picker, "05347");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Xã Đại Đồng (05347)");
        picker.setValue(ComboBoxKt.getSuggestionItems(picker).get(0));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(accounts.findById(officer.getId()).orElseThrow().getCommuneId())
                .isEqualTo(units.findByCode("05347").orElseThrow().getId());
    }

    @Test
    void onlyACommuneInForceIsAcceptedAndOnlyFromAnAdministrator() {
        UserAccount officer = freshOfficer("xa.phancong2");
        SignedInUser admin = users.loadUserByUsername("quantri");
        Long maiHa = units.findByCode("05251").orElseThrow().getId();

        assertThatThrownBy(() -> users.assignCommune(admin, officer.getId(), 100L)).as("Yên Nghiệp ended in 2025")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.assignCommune(admin, officer.getId(), 10L)).as("a district")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.assignCommune(admin, officer.getId(), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.assignCommune(users.loadUserByUsername("thongke"), officer.getId(), maiHa))
                .isInstanceOf(AccessDeniedException.class);
        Long thongke = accounts.findByUsername("thongke").orElseThrow().getId();
        assertThatThrownBy(() -> users.assignCommune(admin, thongke, maiHa)).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.findById(officer.getId()).orElseThrow().getCommuneId()).isNull();

        users.assignCommune(admin, officer.getId(), maiHa);
        assertThat(users.loadUserByUsername("xa.phancong2").communeId()).isEqualTo(maiHa);
    }

    private UserAccount freshOfficer(String username) {
        users.createIfMissing(username, "demo", "Cán bộ xã chờ phân công", Role.COMMUNE_OFFICER, null);
        return accounts.findByUsername(username).orElseThrow();
    }
}
