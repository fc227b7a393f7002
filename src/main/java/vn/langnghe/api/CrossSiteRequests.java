package vn.langnghe.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses state changes a page of another site could make a browser send: a request that says it comes
 * from another origin ({@code Origin}, or {@code Sec-Fetch-Site: cross-site}) changes nothing, whatever
 * credentials or cookie the browser adds. For the API also every body a plain HTML form can send (URL-encoded,
 * text): it takes JSON or multipart only. Reading (GET, HEAD, OPTIONS) is never refused here.
 */
@Component
public class CrossSiteRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    CrossSiteRequests(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** For the API: same origin (or none, as an integration sends) and a JSON or multipart body. */
    public Filter api() {
        return filter(true);
    }

    /** For the pages and the sign-in form: same origin, or none. */
    public Filter pages() {
        return filter(false);
    }

    private Filter filter(boolean jsonOnly) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (SAFE.contains(request.getMethod())) {
                    chain.doFilter(request, response);
                } else if (crossSite(request)) {
                    refuse(request, response, HttpStatus.FORBIDDEN, "api.error.crossSite");
                } else if (jsonOnly && formBody(request)) {
                    refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.formBody");
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    static boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(origin(request));
    }

    /** This server's origin as the browser sees it (behind the proxy: its scheme, host and port). */
    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)).toString();
    }

    /** A body a form can send: anything but JSON and multipart (which is checked by origin above). */
    private static boolean formBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !(MediaType.APPLICATION_JSON.isCompatibleWith(media) || media.getSubtype().endsWith("+json")
                    || MediaType.MULTIPART_FORM_DATA.isCompatibleWith(media));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(),
                ApiErrors.of(null, messages.getMessage(key, null, locales.resolveLocale(request))));
    }
}
