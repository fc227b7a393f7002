package vn.langnghe.village.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langnghe.identity.Role;
import vn.langnghe.ui.Placeholder;

/** "Sổ làng nghề": the provincial staff's home. The registry itself arrives with issue 6. */
@Route("so-lang-nghe")
@Menu(order = 30, title = "menu.registry", icon = "BOOK")
@RolesAllowed({Role.Names.PROVINCIAL_STAFF, Role.Names.LEADER})
public class RegistryView extends Placeholder implements HasDynamicTitle {

    RegistryView() {
        super("menu.registry", "registry.notYet");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.registry");
    }
}
