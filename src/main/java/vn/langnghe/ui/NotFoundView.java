package vn.langnghe.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page or record that does not exist, or that the user may not see: the same answer for both, so an
 * id typed into the address bar tells nothing about another commune's dossiers.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.warn("Page refused or missing: user={} location={}",
                VaadinRequest.getCurrent() == null || VaadinRequest.getCurrent().getUserPrincipal() == null ? "anonymous"
                        : VaadinRequest.getCurrent().getUserPrincipal().getName(),
                event.getLocation().getPathWithQueryParameters());
        removeAll();
        addClassName("placeholder");
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
