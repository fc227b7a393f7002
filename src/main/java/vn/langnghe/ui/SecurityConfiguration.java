package vn.langnghe.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.langnghe.api.ApiAuthenticationEntryPoint;
import vn.langnghe.api.CrossSiteRequests;
import vn.langnghe.token.ClientTokens;

/**
 * Two doors: the JSON API for integrations (HTTP Basic, or a machine client's bearer token; no session, no CSRF
 * token), and the web
 * pages (form login through {@link LoginView}). The engine's own web apps have a chain of their own
 * in the workflow module.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// @Secured, not JSR-250: every view carries @RolesAllowed for Vaadin's navigation check, and JSR-250 method
// security would wrap each view and layout Spring creates in a proxy, on every navigation.
@EnableMethodSecurity(securedEnabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What the pages may load: only from this server. Vaadin's client bundle needs inline scripts and styles
     * and eval (its templates), data: and blob: images (icons, downloads), and requests to this server only.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Endpoints anyone may call: they hold no personal data. */
    static final String[] PUBLIC_API = {"/api/v1/criteria/check", "/api/v1/public/**", "/v3/api-docs/**",
        "/api/v1/administrative-units", "/api/v1/administrative-units/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthenticationEntryPoint entryPoint, ClientTokens tokens,
            CrossSiteRequests crossSite) throws Exception {
        tokens.configure(http, entryPoint);
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .addFilterBefore(crossSite.api(), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, CrossSiteRequests crossSite) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/error",
                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        // The sign-in form posts without a CSRF token (Vaadin's login form has none): a post from another
        // site, which would sign the victim into the attacker's account, is refused by its origin instead.
        http.addFilterBefore(crossSite.pages(), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
