package vn.langnghe.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens for machine clients ({@code langnghe.tokens.*}).
 *
 * @param lifetime how long a token lives unless its client was registered with another lifetime
 * @param clockSkew how far the expiry may be passed and still be accepted (clocks of two nodes differ a little)
 */
@ConfigurationProperties("langnghe.tokens")
public record TokenSettings(@DefaultValue("10m") Duration lifetime, @DefaultValue("5s") Duration clockSkew) {
}
