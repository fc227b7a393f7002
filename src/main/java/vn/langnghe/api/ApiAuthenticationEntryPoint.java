package vn.langnghe.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import vn.langnghe.common.DatabaseOutage;

/**
 * Answers an API call whose credentials could not be checked. When the database cannot be reached the caller
 * is told so (503, try again shortly) rather than that the password is wrong; otherwise 401 in the API's
 * {@code {"errors": …}} shape, <em>without</em> a {@code WWW-Authenticate: Basic} challenge: a browser would
 * prompt for the password and then keep sending it, to requests another site makes it send too.
 */
@Component
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ApiAuthenticationEntryPoint(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean outage = DatabaseOutage.causes(failure);
        response.setStatus(outage ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiErrors.of(null, messages.getMessage(
                outage ? "api.error.databaseUnavailable" : "api.error.unauthorized", null,
                locales.resolveLocale(request))));
    }
}
