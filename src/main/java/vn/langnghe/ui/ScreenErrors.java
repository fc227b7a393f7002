package vn.langnghe.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.DatabaseOutage;

/**
 * What a person sees when an action on a screen fails: a refusal a screen did not catch itself (the record moved
 * on, someone else did it first) in the same words as the API; otherwise a message in their language (the
 * database is unreachable, try again shortly; or an internal error, nothing was saved) instead of a silent failure.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ScreenErrors::show));
    }

    private static void show(ErrorEvent error) {
        ConflictException refusal = refusal(error.getThrowable());
        if (refusal != null) {
            // A lost race (done by someone else a moment ago, …): the same message the API gives, not an error.
            UI ui = UI.getCurrent();
            if (ui != null) {
                Toasts.error(ui.getTranslation(refusal.messageKey(), refusal.arguments()));
            }
            return;
        }
        boolean outage = DatabaseOutage.causes(error.getThrowable());
        if (outage) {
            log.warn("Database unreachable: {}", error.getThrowable().getMessage());
        } else {
            log.error("Unexpected failure on a screen", error.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Toasts.error(ui.getTranslation(outage ? "error.databaseUnavailable" : "error.unexpected"));
        }
    }

    private static ConflictException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConflictException conflict) {
                return conflict;
            }
        }
        return null;
    }
}
