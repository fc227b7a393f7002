package vn.langnghe.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production, the first start creates one administrator from ADMIN_USERNAME / ADMIN_PASSWORD. */
@Component
@Profile("prod")
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccountService users;
    private final String username;
    private final String password;

    AdministratorBootstrap(UserAccountService users, @Value("${langnghe.admin.username}") String username,
            @Value("${langnghe.admin.password}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.createIfMissing(username, password, "Quản trị hệ thống", Role.ADMINISTRATOR, null)) {
            log.info("Created the administrator account '{}'", username);
        }
    }
}
