package vn.langnghe.token.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.token.ApiClient;
import vn.langnghe.token.ApiClients;

/** Administrators register machine clients (the secret is in the answer, once) and revoke them. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    private final ApiClients clients;

    ClientController(ApiClients clients) {
        this.clients = clients;
    }

    @GetMapping
    List<ApiClient> list(@AuthenticationPrincipal SignedInUser user) {
        return clients.list(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiClients.Registered register(@AuthenticationPrincipal SignedInUser user,
            @RequestBody ApiClients.Registration registration) {
        return clients.register(user, registration);
    }

    @PostMapping("/{clientId}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable String clientId) {
        clients.revoke(user, clientId);
    }
}
