package vn.langnghe.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language a person chose, kept in a cookie so it survives signing in and out. Vietnamese unless
 * English was chosen, whatever the browser says.
 */
@Component
class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(fromRequest(VaadinRequest.getCurrent())));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        String tag = cookies == null ? null
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .findFirst().orElse(null);
        return Translations.supported(tag == null ? null : Locale.forLanguageTag(tag));
    }

    /** Remembers the choice and redraws the page in that language. */
    static void choose(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, Translations.supported(locale).getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(Translations.supported(locale));
        ui.setLocale(Translations.supported(locale));
        ui.getPage().reload();
    }
}
