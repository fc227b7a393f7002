package vn.langnghe.token;

import java.time.Instant;
import vn.langnghe.identity.Role;

/**
 * A registered machine client: it acts as a user of {@code role} (of {@code communeId} for a commune officer).
 *
 * @param tokenMinutes how long its tokens live
 * @param revokedAt when an administrator revoked it, or null while it may call
 */
public record ApiClient(String clientId, String name, Role role, Long communeId, int tokenMinutes, Instant createdAt,
        String createdBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
