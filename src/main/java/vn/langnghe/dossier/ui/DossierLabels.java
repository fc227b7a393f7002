package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.langnghe.dossier.DossierState;

/** How the dossier screens write states and dates (dd/MM/yyyy, Vietnam's time). */
final class DossierLabels {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DossierLabels() {
    }

    static Span state(Component context, DossierState state) {
        Span badge = new Span(context.getTranslation("dossier.state." + state.name()));
        badge.addClassNames("status", "status-" + state.name().toLowerCase());
        return badge;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }
}
