package vn.langnghe.notification.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * Who gets mail where and how: a user's address and language, their choice per kind, and the defaults an
 * administrator sets for users who have not chosen. A user without an address gets no mail.
 */
@Service
@Transactional
public class MailPreferences {

    /** Where a user's mail goes and in which language ({@code vi} or {@code en}). */
    public record Address(String email, String language) {

        public Locale locale() {
            return Locale.forLanguageTag("en".equals(language) ? "en" : "vi-VN");
        }
    }

    private final JdbcTemplate jdbc;

    MailPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Address> address(SignedInUser user) {
        return jdbc.query("select email, language from mail_recipient where username = ?",
                (rs, n) -> new Address(rs.getString(1), rs.getString(2)), user.username()).stream().findFirst();
    }

    /** Sets the user's own address (a blank one stops all mail to them). */
    public void setAddress(SignedInUser user, String email, String language) {
        if (email == null || email.isBlank()) {
            jdbc.update("delete from mail_recipient where username = ?", user.username());
            return;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 254 || !valid(trimmed)) {
            throw new InvalidInputException(Problem.of("email", "mail.error.address"));
        }
        String lang = "en".equals(language) ? "en" : "vi";
        jdbc.update("insert into mail_recipient (username, email, language) values (?, ?, ?) "
                + "on duplicate key update email = values(email), language = values(language)", user.username(), trimmed, lang);
    }

    /** The user's delivery per kind: their own choice, else the administrator's default, else the built-in one. */
    @Transactional(readOnly = true)
    public Map<MailKind, Delivery> choices(SignedInUser user) {
        Map<MailKind, Delivery> result = defaults();
        jdbc.query("select kind, delivery from mail_preference where username = ?",
                rs -> { result.put(MailKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))); }, user.username());
        return result;
    }

    public void choose(SignedInUser user, MailKind kind, Delivery delivery) {
        check(kind, delivery);
        jdbc.update("insert into mail_preference (username, kind, delivery) values (?, ?, ?) "
                + "on duplicate key update delivery = values(delivery)", user.username(), kind.name(), delivery.name());
    }

    /** The address and the given choices together, or nothing when one of them is refused. */
    public void update(SignedInUser user, String email, String language, Map<MailKind, Delivery> choices) {
        setAddress(user, email, language);
        if (choices != null) {
            choices.forEach((kind, delivery) -> choose(user, kind, delivery));
        }
    }

    /** The given defaults together, or none of them. */
    public void setDefaults(SignedInUser administrator, Map<MailKind, Delivery> defaults) {
        defaults.forEach((kind, delivery) -> setDefault(administrator, kind, delivery));
    }

    /** The delivery per kind for users who have not chosen. */
    @Transactional(readOnly = true)
    public Map<MailKind, Delivery> defaults() {
        Map<MailKind, Delivery> result = new EnumMap<>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            result.put(kind, kind.builtInDefault());
        }
        jdbc.query("select kind, delivery from mail_default",
                rs -> { result.put(MailKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))); });
        return result;
    }

    public void setDefault(SignedInUser administrator, MailKind kind, Delivery delivery) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators set the mail defaults");
        }
        check(kind, delivery);
        jdbc.update("insert into mail_default (kind, delivery) values (?, ?) on duplicate key update delivery = values(delivery)",
                kind.name(), delivery.name());
    }

    private static void check(MailKind kind, Delivery delivery) {
        if (kind == MailKind.TASKS_DUE && delivery == Delivery.IMMEDIATE) {
            throw new InvalidInputException(Problem.of("delivery", "mail.error.dueTasksDigestOnly"));
        }
    }

    private static boolean valid(String email) {
        try {
            new InternetAddress(email, true).validate();
            return email.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }
}
