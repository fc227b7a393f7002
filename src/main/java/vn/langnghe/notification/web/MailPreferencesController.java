package vn.langnghe.notification.web;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.notification.mail.Delivery;
import vn.langnghe.notification.mail.MailKind;
import vn.langnghe.notification.mail.MailPreferences;

/**
 * Each user's own mail: address, language and delivery per kind; administrators set the defaults. A blank address
 * stops all mail to the user.
 */
@RestController
@RequestMapping("/api/v1/mail-preferences")
class MailPreferencesController {

    private final MailPreferences preferences;

    MailPreferencesController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    record Settings(String email, String language, Map<MailKind, Delivery> choices) {
    }

    @GetMapping
    Settings get(@AuthenticationPrincipal SignedInUser user) {
        return preferences.address(user).map(a -> new Settings(a.email(), a.language(), preferences.choices(user)))
                .orElseGet(() -> new Settings(null, null, preferences.choices(user)));
    }

    /** Sets the address and the given choices together, or nothing when one of them is refused. */
    @PutMapping
    Settings put(@AuthenticationPrincipal SignedInUser user, @RequestBody Settings settings) {
        preferences.update(user, settings.email(), settings.language(), settings.choices());
        return get(user);
    }

    @GetMapping("/defaults")
    Map<MailKind, Delivery> defaults() {
        return preferences.defaults();
    }

    @PutMapping("/defaults")
    Map<MailKind, Delivery> putDefaults(@AuthenticationPrincipal SignedInUser user,
            @RequestBody Map<MailKind, Delivery> defaults) {
        preferences.setDefaults(user, defaults);
        return preferences.defaults();
    }
}
