package vn.langnghe.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.territory.AdministrativeLevel;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;

/** Looks users up for sign-in, creates accounts with hashed passwords, assigns officers to their commune. */
@Service
public class UserAccountService implements UserDetailsService {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    private final AdministrativeUnits units;

    UserAccountService(UserAccounts accounts, PasswordEncoder passwordEncoder, AdministrativeUnits units) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.units = units;
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

    /**
     * An administrator assigns a commune officer to a commune in force (one with a GSO code and no end date);
     * a former commune, a district or no commune at all is refused and nothing changes. The officer works
     * for the new commune from their next sign-in.
     */
    @Transactional
    public void assignCommune(SignedInUser administrator, Long accountId, Long communeId) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators assign officers");
        }
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("UserAccount", accountId));
        if (account.getRole() != Role.COMMUNE_OFFICER) {
            throw new InvalidInputException(Problem.of("commune", "users.error.notCommuneOfficer"));
        }
        AdministrativeUnit commune = (communeId == null ? Optional.<AdministrativeUnit>empty() : units.findById(communeId))
                .filter(u -> u.getLevel() == AdministrativeLevel.COMMUNE && u.getCode() != null && u.getValidTo() == null)
                .orElseThrow(() -> new InvalidInputException(Problem.of("commune", "users.error.communeInForce")));
        account.assignTo(commune.getId());
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
