package vn.langnghe.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.langnghe.identity.Role;

/**
 * Single sign-on into Cockpit: the engine's web apps trust the user Spring Security has signed in.
 * Only administrators get this far ({@link CockpitSecurity}); they enter as members of camunda-admin.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMINISTRATOR.authority().equals(a.getAuthority()));
        if (!administrator) {
            return AuthenticationResult.unsuccessful();
        }
        String displayName = authentication.getPrincipal() instanceof AuthenticatedPrincipal named
                ? named.getName() : authentication.getName();
        ensureEngineUser(engine, authentication.getName(), displayName);
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * The web apps look the user up in the engine's own identity tables (and show a first-run setup
     * page while no camunda-admin exists), so an administrator gets an entry there on first entry. Its
     * random password is never told: the only way in stays our login.
     */
    private static void ensureEngineUser(ProcessEngine engine, String username, String displayName) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(displayName);
            user.setLastName("");
            user.setPassword(UUID.randomUUID().toString());
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
            identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already sent anyone else to the login page.
    }
}
