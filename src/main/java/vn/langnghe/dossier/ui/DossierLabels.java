package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.DossierState;

/** How the dossier screens write states and dates (dd/MM/yyyy, Vietnam's time). */
public final class DossierLabels {

    private DossierLabels() {
    }

    public static Span state(Component context, DossierState state) {
        Span badge = new Span(context.getTranslation("dossier.state." + state.name()));
        badge.addClassNames("status", "status-" + state.name().toLowerCase());
        return badge;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : VietnamTime.DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : VietnamTime.DATE_TIME.format(instant);
    }
}
