package vn.langnghe.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;

/** "Tiếng Việt | English": the other language is a button, the current one is shown as chosen. */
class LanguageSwitch extends HorizontalLayout {

    LanguageSwitch(Locale current) {
        setSpacing(false);
        add(option("Tiếng Việt", Translations.VIETNAMESE, current), option("English", Translations.ENGLISH, current));
    }

    private static Button option(String label, Locale locale, Locale current) {
        Button button = new Button(label, e -> LanguagePreference.choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        boolean chosen = Translations.supported(current).equals(locale);
        button.setEnabled(!chosen);
        button.getElement().setAttribute("lang", locale.getLanguage());
        return button;
    }
}
