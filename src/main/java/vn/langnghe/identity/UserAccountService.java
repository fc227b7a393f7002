package vn.langnghe.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up for sign-in and creates accounts with hashed passwords. */
@Service
public class UserAccountService implements UserDetailsService {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Creates the account unless one with that username exists; returns whether it was created. */
    @Transactional
    public boolean createIfMissing(String username, String rawPassword, String fullName, Role role, Long communeId) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, communeId));
        return true;
    }

    /** The user of the current request or UI session, or empty when nobody is signed in. */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
