package vn.langnghe;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/**
 * Screens driven without a browser (Karibu-Testing) inside the real Spring context, with a user signed
 * in the way Spring Security does it, so the views' access rules apply as in production.
 */
@IntegrationTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserAccountService users;

    @BeforeEach
    void startVaadin() {
        KaribuSessions.open(KaribuSessions.servlet(context));
    }

    @AfterEach
    void stopVaadin() {
        KaribuSessions.close();
    }

    /** Signs in as a demo user and opens their home page, as the login page would. */
    protected SignedInUser login(String username) {
        return KaribuSessions.signIn(users.loadUserByUsername(username));
    }
}
