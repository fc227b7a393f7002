package vn.langnghe.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready: the web server listens before start-up has finished (the demo users, the demo registry and
 * the administrator are created after it), so until the application is ready to take traffic every page and API
 * call answers 503 "starting up" with Retry-After, and the login page's first 200 means a sign-in works. The
 * health probes under /actuator are answered throughout, so a load balancer sees the readiness go UP.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUp extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;

    StartingUp(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Hệ thống đang khởi động, vui lòng thử lại sau ít giây."
                + " / The system is starting up, please try again in a few seconds.");
    }
}
