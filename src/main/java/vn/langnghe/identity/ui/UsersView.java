package vn.langnghe.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccounts;
import vn.langnghe.territory.AdministrativeLevel;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;

/** The administrator's home: who can sign in, with which role, and the way into the engine's Cockpit. */
@Route("quan-tri/nguoi-dung")
@Menu(order = 90, title = "menu.users", icon = "USERS")
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserAccounts accounts, AdministrativeUnits units) {
        Map<Long, String> communes = units.findByLevelOrderByName(AdministrativeLevel.COMMUNE).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getId, AdministrativeUnit::getName));
        Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("users.fullName")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> communes.getOrDefault(u.getCommuneId(), "")).setHeader(getTranslation("users.commune"));
        grid.setItems(query -> accounts.findAllByOrderByUsername(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("users.cockpit"));
        cockpit.setRouterIgnore(true);
        setSizeFull();
        add(new H2(getTranslation("menu.users")), cockpit, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
