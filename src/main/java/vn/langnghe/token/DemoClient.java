package vn.langnghe.token;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.langnghe.identity.Role;

/** The demo's machine client {@code demo-motcua} (secret {@code demo}), a one-stop system acting as the intake officer. */
@Component
@Profile("!prod")
@Order(1)
class DemoClient implements ApplicationRunner {

    private final ApiClients clients;

    DemoClient(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        clients.registerIfMissing(new ApiClients.Registration("demo-motcua", "Hệ thống một cửa (demo)",
                Role.INTAKE_OFFICER, null, null), "demo");
    }
}
