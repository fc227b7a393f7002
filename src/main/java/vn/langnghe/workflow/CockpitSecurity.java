package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.langnghe.api.CrossSiteRequests;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.langnghe.identity.Role;

/**
 * Cockpit and the engine's web apps are for administrators only. Everyone else is sent to the login
 * page (anonymous) or refused (403). The web apps keep their own CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain cockpitFilterChain(HttpSecurity http, CrossSiteRequests crossSite) throws Exception {
        // Path patterns, not MVC matchers: Camunda's REST API is served by its own servlet, which an MVC
        // matcher does not see, so /camunda/api/** would fall through to the pages' chain.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.Names.ADMINISTRATOR))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(csrf -> csrf.disable())
                // A post from another site (which, lacking Camunda's CSRF header, would sign the administrator
                // out of the whole application) is refused before it reaches the web apps.
                .addFilterBefore(crossSite.pages(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }
}
