package vn.langnghe.dossier.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langnghe.identity.Role;
import vn.langnghe.ui.Placeholder;

/** "Hồ sơ của xã": the commune officer's home. */
@Route("ho-so")
@Menu(order = 0, title = "menu.communeDossiers", icon = "FOLDER_OPEN")
@RolesAllowed(Role.Names.COMMUNE_OFFICER)
public class CommuneDossiersView extends Placeholder implements HasDynamicTitle {

    CommuneDossiersView() {
        super("menu.communeDossiers", "dossiers.notYet");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.communeDossiers");
    }
}
