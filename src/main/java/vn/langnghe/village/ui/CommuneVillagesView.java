package vn.langnghe.village.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryService;

/** "Làng nghề của xã": the commune officer's villages, each opening its page and yearly report. */
@Route("lang-nghe-cua-xa")
@Menu(order = 1, title = "village.communeMenu", icon = "HOME")
@RolesAllowed(Role.Names.COMMUNE_OFFICER)
public class CommuneVillagesView extends VerticalLayout implements HasDynamicTitle {

    public CommuneVillagesView(RegistryService registry) {
        SignedInUser user = UserAccountService.current().orElseThrow();
        setSizeFull();
        RegistryGrid grid = new RegistryGrid(true);
        grid.show(registry.count(user, RegistryFilter.none()), window -> registry.page(user, RegistryFilter.none(),
                window));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VillageView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setMinHeight("16em");
        add(new H2(getTranslation("village.communeMenu")), new Paragraph(getTranslation("village.communeHelp")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("village.communeMenu");
    }
}
