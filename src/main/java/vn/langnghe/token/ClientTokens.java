package vn.langnghe.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.langnghe.identity.SignedInUser;

/**
 * Bearer tokens on the API: a valid token of an active client makes the call that client's, acting as a user of the
 * client's role (and commune), so every permission check in the services applies unchanged. Each call made with a
 * token is logged with its client, status and time; a refused token too.
 */
@Component
public class ClientTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger CALLS = LoggerFactory.getLogger("vn.langnghe.token.calls");

    private final ApiClients clients;
    private final JwtDecoder decoder;

    ClientTokens(ApiClients clients, JwtDecoder decoder) {
        this.clients = clients;
        this.decoder = decoder;
    }

    /** Lets the API chain accept this application's tokens next to HTTP Basic, and log every token call. */
    public void configure(HttpSecurity http, AuthenticationEntryPoint entryPoint) throws Exception {
        http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(this))
                .authenticationEntryPoint(entryPoint))
                .addFilterBefore(new CallLog(), BearerTokenAuthenticationFilter.class);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ApiClient client = clients.find(jwt.getSubject()).filter(ApiClient::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's client is unknown or revoked"));
        return new ClientAuthentication(new SignedInUser(client.clientId(), "", client.name(), client.role(),
                client.communeId(), true), jwt);
    }

    /** A call authenticated by a client's token; the principal is the user the client acts as. */
    static final class ClientAuthentication extends AbstractAuthenticationToken {

        private final SignedInUser user;
        private final transient Jwt token;

        ClientAuthentication(SignedInUser user, Jwt token) {
            super(user.getAuthorities());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public Object getCredentials() {
            return token;
        }
    }

    private static final class CallLog extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                String client = authentication instanceof ClientAuthentication c ? ((SignedInUser) c.getPrincipal()).username()
                        : "(token refused)";
                CALLS.info("client={} {} {} status={} {} ms", client, request.getMethod(), request.getRequestURI(),
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
