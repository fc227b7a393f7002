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
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import vn.langnghe.common.DatabaseOutage;

/**
 * Answers an API call whose credentials could not be checked. When the database cannot be reached the caller
 * is told so (503, try again shortly) rather than that the password is wrong; otherwise the usual 401 Basic
 * challenge.
 */
@Component
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ApiAuthenticationEntryPoint(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
        basic.setRealmName("Lang Nghe");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!DatabaseOutage.causes(failure)) {
            basic.commence(request, response, failure);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiErrors.of(null, messages.getMessage(
                "api.error.databaseUnavailable", null, locales.resolveLocale(request))));
    }
}
