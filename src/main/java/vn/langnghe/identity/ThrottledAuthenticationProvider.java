package vn.langnghe.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, by the login page and the API's HTTP Basic alike: the usual check,
 * run inside {@link LoginAttempts} for the account and the client's address (the proxy's forwarded address
 * when {@code server.forward-headers-strategy} says to trust it).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(UserAccountService users, PasswordEncoder encoder, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        return attempts.attempt(authentication.getName(), address, () -> passwords.authenticate(authentication));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
