package vn.langnghe.village.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.ui.Translations;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryStatus;

/** How the registry screens write numbers (1.300; 23,4 %), dates (dd/MM/yyyy), titles and statuses. */
final class RegistryLabels {

    private RegistryLabels() {
    }

    static String number(double value) {
        return NumberFormat.getIntegerInstance(locale()).format(Math.round(value));
    }

    static String percent(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value) + " %";
    }

    /** The screen's language: Vietnamese grouping (1.300; 23,4) unless English was chosen. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return Translations.supported(ui == null ? null : ui.getLocale());
    }

    static String date(Component context, LocalDate date) {
        return date == null ? context.getTranslation("registry.notRecorded") : VietnamTime.DATE.format(date);
    }

    static String text(Component context, String value) {
        return value == null || value.isBlank() ? context.getTranslation("registry.notRecorded") : value;
    }

    static String title(Component context, RegistryRow row) {
        return row.title() == null ? context.getTranslation("registry.noTitle")
                : context.getTranslation("title." + row.title().name());
    }

    static String activityGroup(Component context, Integer group) {
        return group == null ? "" : group + ". " + context.getTranslation("activityGroup." + group);
    }

    static Span status(Component context, RegistryStatus status) {
        Span badge = new Span(context.getTranslation("registry.status." + status.name()));
        badge.addClassNames("status", "registry-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** A chart drawn on the server; the browser parses the SVG text as it would any inline SVG. */
    static Div chart(String svg) {
        Div chart = new Div();
        chart.addClassName("chart-box");
        chart.getElement().setProperty("innerHTML", svg);
        return chart;
    }
}
