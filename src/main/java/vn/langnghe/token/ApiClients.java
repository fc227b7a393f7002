package vn.langnghe.token;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccounts;
import vn.langnghe.territory.AdministrativeLevel;
import vn.langnghe.territory.AdministrativeUnits;

/**
 * The machine clients an administrator registers and revokes. A client's secret is shown once, when it is made,
 * and kept only as a hash; a revoked client gets no new token and its tokens are refused from the next call.
 */
@Service
@Transactional
@EnableConfigurationProperties(TokenSettings.class)
public class ApiClients {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClients.class);
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an administrator asks for; {@code tokenMinutes} null means the default lifetime. */
    public record Registration(String clientId, String name, Role role, Long communeId, Integer tokenMinutes) {
    }

    /** A client just registered, with its secret in clear, shown this once. */
    public record Registered(ApiClient client, String secret) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final UserAccounts users;
    private final AdministrativeUnits units;
    private final TokenSettings settings;
    private final Clock clock;

    ApiClients(JdbcTemplate jdbc, PasswordEncoder passwords, UserAccounts users, AdministrativeUnits units,
            TokenSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.users = users;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    public Registered register(SignedInUser administrator, Registration registration) {
        requireAdministrator(administrator);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return new Registered(insert(administrator.username(), registration, secret), secret);
    }

    /** The demo's client, with a known secret; nothing happens when it exists. */
    void registerIfMissing(Registration registration, String secret) {
        if (find(registration.clientId()).isEmpty()) {
            insert("demo", registration, secret);
        }
    }

    public void revoke(SignedInUser administrator, String clientId) {
        requireAdministrator(administrator);
        if (jdbc.update("update api_client set revoked_at = ?, revoked_by = ? where client_id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), administrator.username(), clientId) == 0) {
            find(clientId).orElseThrow(() -> new NotFoundException("client", clientId));
        }
        LOG.info("API client {} revoked by {}", clientId, administrator.username());
    }

    @Transactional(readOnly = true)
    public List<ApiClient> list(SignedInUser administrator) {
        requireAdministrator(administrator);
        return jdbc.query(SELECT + " order by client_id", ApiClients::client);
    }

    /** The client, revoked or not; empty when no client has this id. */
    @Transactional(readOnly = true)
    public Optional<ApiClient> find(String clientId) {
        return jdbc.query(SELECT + " where client_id = ?", ApiClients::client, clientId).stream().findFirst();
    }

    /** The hash of an active client's secret, for the token endpoint; empty for an unknown or revoked client. */
    @Transactional(readOnly = true)
    Optional<String> activeSecretHash(String clientId) {
        return jdbc.queryForList("select secret_hash from api_client where client_id = ? and revoked_at is null",
                String.class, clientId).stream().findFirst();
    }

    private ApiClient insert(String by, Registration registration, String secret) {
        validate(registration);
        int minutes = registration.tokenMinutes() == null ? (int) settings.lifetime().toMinutes() : registration.tokenMinutes();
        if (find(registration.clientId()).isPresent() || users.existsByUsername(registration.clientId())) {
            throw new ConflictException("token.error.clientIdTaken");
        }
        jdbc.update("insert into api_client (client_id, secret_hash, name, role, commune_id, token_minutes, created_at, "
                + "created_by) values (?, ?, ?, ?, ?, ?, ?, ?)", registration.clientId(), passwords.encode(secret),
                registration.name().strip(), registration.role().name(), registration.communeId(), minutes,
                Timestamp.from(clock.instant()), by);
        LOG.info("API client {} registered by {} as {}", registration.clientId(), by, registration.role());
        return find(registration.clientId()).orElseThrow();
    }

    private void validate(Registration r) {
        if (r.clientId() == null || !CLIENT_ID.matcher(r.clientId()).matches()) {
            throw new InvalidInputException(Problem.of("clientId", "token.error.clientId"));
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            throw new InvalidInputException(Problem.of("name", "token.error.name"));
        }
        if (r.role() == null || r.role() == Role.ADMINISTRATOR) {
            throw new InvalidInputException(Problem.of("role", "token.error.role"));
        }
        boolean commune = r.communeId() != null && units.findById(r.communeId())
                .filter(u -> u.getLevel() == AdministrativeLevel.COMMUNE).isPresent();
        if ((r.role() == Role.COMMUNE_OFFICER) != (r.communeId() != null) || (r.communeId() != null && !commune)) {
            throw new InvalidInputException(Problem.of("communeId", "token.error.commune"));
        }
        if (r.tokenMinutes() != null && (r.tokenMinutes() < 1 || r.tokenMinutes() > 60)) {
            throw new InvalidInputException(Problem.of("tokenMinutes", "token.error.minutes", 1, 60));
        }
    }

    private static void requireAdministrator(SignedInUser user) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators manage API clients");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static final String SELECT = "select client_id, name, role, commune_id, token_minutes, created_at, created_by, "
            + "revoked_at from api_client";

    private static ApiClient client(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp(8);
        return new ApiClient(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                rs.getObject(4) == null ? null : rs.getLong(4), rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                revoked == null ? null : revoked.toInstant());
    }
}
