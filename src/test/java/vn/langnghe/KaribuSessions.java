package vn.langnghe;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.langnghe.identity.SignedInUser;

/**
 * Karibu sessions whose requests carry the Spring Security user of their thread, shared by the screen tests
 * and the screens benchmark. Karibu and Spring Security keep the current session, UI and user in
 * thread-locals, so each thread can hold a session of its own.
 */
public final class KaribuSessions {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.langnghe");

    private KaribuSessions() {
    }

    /** A servlet serving every view of the application from the Spring context; sessions may share it. */
    public static VaadinServlet servlet(ApplicationContext context) {
        return new MockSpringServlet(ROUTES, context, UI::new);
    }

    /** Opens a session and its UI on this thread; the servlet is initialised by the first session. */
    public static void open(VaadinServlet servlet) {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, servlet);
    }

    /** Signs the user in on this thread's session and opens their home page, as the login page would. */
    public static SignedInUser signIn(SignedInUser user) {
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        UI.getCurrent().navigate("");
        return user;
    }

    /** Signs out and closes this thread's session, and the servlet's service with it. */
    public static void close() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }
}
