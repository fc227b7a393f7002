package vn.langnghe.notification.mail;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a mail, in the reader's language, from the same message keys the bell shows. */
@Component
@EnableConfigurationProperties(MailSettings.class)
class MailText {

    private static final int SUBJECT_LENGTH = 300;

    private final MessageSource messages;
    private final MailSettings settings;

    MailText(MessageSource messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** A subject and a plain-text body. */
    record Mail(String subject, String body) {
    }

    String line(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The page a notification is about: the dossier when there is one, else the to-do list. */
    String link(Long dossierId) {
        return settings.baseUrl() + (dossierId == null ? "/viec-can-lam" : "/ho-so/" + dossierId);
    }

    Mail single(String fullName, String text, Long dossierId, Locale locale) {
        String subject = messages.getMessage("mail.subject", new Object[] {text}, locale);
        return new Mail(cut(subject), String.join("\n\n", greeting(fullName, locale), text,
                messages.getMessage("mail.link", new Object[] {link(dossierId)}, locale), footer(locale)));
    }

    /** The daily mail: its sections (each a heading and lines) in order; empty sections are left out. */
    Mail digest(String fullName, List<Section> sections, Locale locale) {
        StringBuilder body = new StringBuilder(greeting(fullName, locale)).append("\n\n")
                .append(messages.getMessage("mail.digest.intro", null, locale));
        for (Section section : sections) {
            body.append("\n\n").append(section.heading());
            section.lines().forEach(l -> body.append("\n- ").append(l));
        }
        body.append("\n\n").append(footer(locale));
        return new Mail(cut(messages.getMessage("mail.digest.subject", null, locale)), body.toString());
    }

    record Section(String heading, List<String> lines) {
    }

    private String greeting(String fullName, Locale locale) {
        return messages.getMessage("mail.greeting", new Object[] {fullName}, locale);
    }

    private String footer(Locale locale) {
        return messages.getMessage("mail.footer", new Object[] {settings.baseUrl() + "/thu-dien-tu"}, locale);
    }

    private static String cut(String subject) {
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
