package vn.langnghe.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps for a signed-in user: enough to scope every query. */
public record SignedInUser(String username, String passwordHash, String fullName, Role role, Long communeId,
        boolean enabled) implements UserDetails, AuthenticatedPrincipal {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.getUsername(), account.getPasswordHash(), account.getFullName(),
                account.getRole(), account.getCommuneId(), account.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** How the header names the person: full name and username. */
    @Override
    public String getName() {
        return fullName + " (" + username + ")";
    }
}
