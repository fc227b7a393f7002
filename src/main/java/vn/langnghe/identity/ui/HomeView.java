package vn.langnghe.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.langnghe.identity.UserAccountService;

/** The address after signing in: sends each role on to its own home page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserAccountService.current().ifPresent(user -> event.forwardTo(user.role().homeRoute()));
    }
}
