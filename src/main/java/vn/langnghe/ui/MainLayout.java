package vn.langnghe.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The frame of every signed-in page. The menu lists only the views the signed-in role may open:
 * {@link MenuConfiguration} applies the same access rules as navigation.
 */
@Layout
@PermitAll
@StyleSheet("styles/app.css")
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToDrawer(appName, new Scroller(menu()));

        Span user = new Span(authentication.getAuthenticatedUser(AuthenticatedPrincipal.class)
                .map(AuthenticatedPrincipal::getName)
                .or(authentication::getPrincipalName)
                .orElse(""));
        user.addClassName("signed-in-user");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new LanguageSwitch(getLocale()));
        headerItems.forEach(item -> header.add(item.create()));
        header.add(user, logout);
        header.addClassName("app-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), header);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }
}
