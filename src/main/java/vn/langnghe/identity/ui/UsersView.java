package vn.langnghe.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.identity.UserAccounts;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;
import vn.langnghe.territory.UnitDirectory;
import vn.langnghe.territory.ui.CommunePicker;

/**
 * The administrator's home: who can sign in, with which role and commune, and the way into the engine's
 * Cockpit. A commune officer is assigned to any commune of the province by searching its name or code.
 */
@Route("quan-tri/nguoi-dung")
@Menu(order = 90, title = "menu.users", icon = "USERS")
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final SignedInUser administrator = UserAccountService.current().orElseThrow();
    private final UserAccountService service;
    private final UnitDirectory directory;
    private final AdministrativeUnits units;
    private final Map<Long, String> communes = new HashMap<>();
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    UsersView(UserAccounts accounts, UserAccountService service, UnitDirectory directory, AdministrativeUnits units) {
        this.service = service;
        this.directory = directory;
        this.units = units;
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("users.fullName")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> communeName(u.getCommuneId())).setHeader(getTranslation("users.commune"));
        grid.addComponentColumn(this::assign).setKey("assign").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.findAllByOrderByUsername(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("users.cockpit"));
        cockpit.setRouterIgnore(true);
        setSizeFull();
        add(new H2(getTranslation("menu.users")), cockpit, grid);
    }

    private String communeName(Long id) {
        return id == null ? "" : communes.computeIfAbsent(id, k -> units.findById(k).map(AdministrativeUnit::getName)
                .orElse(""));
    }

    private Component assign(UserAccount account) {
        if (account.getRole() != Role.COMMUNE_OFFICER) {
            return new Span();
        }
        Button button = new Button(getTranslation("users.assign"), e -> openAssignment(account));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void openAssignment(UserAccount account) {
        Dialog dialog = new Dialog(getTranslation("users.assign.title", account.getUsername()));
        CommunePicker commune = new CommunePicker(directory, getTranslation("users.commune"));
        commune.setHelperText(getTranslation("users.assign.help"));
        commune.setWidthFull();
        Button save = new Button(getTranslation("users.assign.save"), e -> {
            try {
                service.assignCommune(administrator, account.getId(), commune.selectedId());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                commune.setInvalid(true);
                commune.setErrorMessage(ex.problems().stream().map(p -> getTranslation(p.messageKey(), p.argumentArray()))
                        .findFirst().orElse(""));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(commune);
        dialog.getFooter().add(new Button(getTranslation("users.assign.cancel"), e -> dialog.close()), save);
        dialog.setWidth("32em");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
